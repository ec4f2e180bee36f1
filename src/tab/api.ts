import type { TabError } from '../http/tabContract';

export class TabApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  download(path: string, body: unknown): Promise<void>;
}

/** Our API beside the tab (relative, so any base path works), with the caller's Authorization header. */
export function createApi(authorization: () => Promise<string>, locale: string): Api {
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(new URL(`../api/tab/${path}`, location.href), {
      ...init,
      headers: { ...(init.headers ?? {}), authorization: await authorization(), 'accept-language': locale },
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as TabError | null;
      throw new TabApiError(response.status, body?.error ?? 'http', body?.message ?? `HTTP ${response.status}`);
    }
    return response;
  };
  const json = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    get: async (path) => (await call(path)).json(),
    post: async (path, body) => (await call(path, json(body))).json(),
    async download(path, body) {
      const response = await call(path, json(body));
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'orders';
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
