/** The longest file name shown on the result card; Teams names are rarely longer. */
const MAX_NAME_LENGTH = 120;
const FALLBACK = 'import.xlsx';

/**
 * A file name from outside (a browser's upload header) made safe to show: the last path part
 * only, no control characters, trimmed and capped. The name never decides how the bytes are read.
 */
export function displayFileName(raw: string | undefined): string {
  const base = (raw ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  if (!base) return FALLBACK;
  if (base.length <= MAX_NAME_LENGTH) return base;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base.length - dot <= 6 ? base.slice(dot) : '';
  return `${base.slice(0, MAX_NAME_LENGTH - ext.length - 1)}…${ext}`;
}
