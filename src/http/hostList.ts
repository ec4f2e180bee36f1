/**
 * Host allow-lists: each entry is a host name (`smba.trafficmanager.net`), `*.suffix` for any
 * subdomain of it (never the bare suffix itself), or either of them with `:port`. Without a
 * port an entry matches the URL's default port only, so a list never opens other services on
 * an allowed machine by accident.
 */
export function hostAllowed(url: URL, entries: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const defaultPort = url.port === '';
  return entries.some((raw) => {
    const entry = raw.trim().toLowerCase();
    const colon = entry.lastIndexOf(':');
    const name = colon > 0 ? entry.slice(0, colon) : entry;
    const entryPort = colon > 0 ? entry.slice(colon + 1) : undefined;
    if (entryPort === undefined ? !defaultPort : entryPort !== port) return false;
    if (name.startsWith('*.')) return host.endsWith(name.slice(1)) && host.length > name.length - 1;
    return host === name;
  });
}

/** `host:port` of a URL (the port always written), for an allow-list entry naming exactly that service. */
export function hostEntryOf(url: URL): string {
  return `${url.hostname.toLowerCase()}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

/** The URL as it may be logged: no query string (pre-authorised links carry their tokens there), no credentials. */
export function loggableUrl(url: URL | string): string {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '(not a URL)';
  }
}
