import { app, authentication, pages } from '@microsoft/teams-js';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface Host {
  inTeams: boolean;
  locale: string;
  theme: TeamsTheme;
  /** 'settings': the channel tab's configuration page. */
  frameContext: string;
  /** What a deep link asked to open (its `subEntityId`): an order number, or null. */
  subPageId: string | null;
  onThemeChange(handler: (theme: TeamsTheme) => void): void;
  /** A Teams SSO token for our API (Teams caches and renews it). */
  ssoToken(): Promise<string>;
}

const INIT_TIMEOUT_MS = 5_000;
const asTheme = (theme: string | undefined): TeamsTheme => (theme === 'dark' || theme === 'contrast' ? theme : 'default');

/** Connects to the Teams host when framed by one; a plain browser (local development) gets a stand-in. */
export async function connectToHost(): Promise<Host> {
  const framed = window.parent !== window;
  if (framed) {
    try {
      await Promise.race([
        app.initialize(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('Teams did not answer')), INIT_TIMEOUT_MS)),
      ]);
      const context = await app.getContext();
      return {
        inTeams: true,
        locale: context.app.locale,
        theme: asTheme(context.app.theme),
        frameContext: context.page.frameContext ?? 'content',
        subPageId: context.page.subPageId || null,
        onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))),
        ssoToken: () => authentication.getAuthToken(),
      };
    } catch {
      // Framed, but not by Teams: carry on as a plain page.
    }
  }
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  return {
    inTeams: false,
    locale: navigator.language,
    theme: dark ? 'dark' : 'default',
    frameContext: 'content',
    // A plain browser: `?order=` stands in for the deep link's context.
    subPageId: new URLSearchParams(location.search).get('order'),
    onThemeChange: () => undefined,
    ssoToken: () => Promise.reject(new Error('not in Teams')),
  };
}

/** The channel tab's configuration: which company this tab shows. */
export function configureChannelTab(company: { id: string; name: string } | null, label: string): void {
  pages.config.setValidityState(company !== null);
  if (!company) return;
  pages.config.registerOnSaveHandler((save) => {
    const contentUrl = new URL(`./?company=${encodeURIComponent(company.id)}`, location.href).href;
    pages.config
      .setConfig({
        entityId: `orders-${company.id}`,
        contentUrl,
        websiteUrl: contentUrl,
        suggestedDisplayName: `${label}: ${company.name}`,
      })
      .then(() => save.notifySuccess())
      .catch((err: Error) => save.notifyFailure(err.message));
  });
}
