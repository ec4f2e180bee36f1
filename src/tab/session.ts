import { createApi, type Api } from './api';
import type { Host } from './teams';

const DEV_TOKEN = 'id06.tab.development-token';

/** Teams SSO in Teams; in a plain browser, the development sign-in's token (local mode only). */
export function sessionApi(host: Host, locale: string): Api {
  if (host.inTeams) return createApi(async () => `Bearer ${await host.ssoToken()}`, locale);
  return createApi(async () => `Development ${sessionStorage.getItem(DEV_TOKEN) ?? ''}`, locale);
}

export const developmentToken = {
  get: () => sessionStorage.getItem(DEV_TOKEN),
  set: (token: string) => sessionStorage.setItem(DEV_TOKEN, token),
  clear: () => sessionStorage.removeItem(DEV_TOKEN),
};
