/** Teams (web, desktop, mobile) may frame our pages (dialogs, the Orders tab); nobody else may. */
export const FRAME_ANCESTORS =
  "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.office.com https://*.cloud.microsoft https://*.microsoft365.com https://*.skype.com";

/**
 * teams-js fetches its current list of Teams host origins from this CDN when it loads (and falls
 * back to the list bundled with it when that fails); nothing else leaves the page.
 */
export const TEAMS_JS_ORIGINS_CDN = 'https://res.cdn.office.net';
