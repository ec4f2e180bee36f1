import { tab } from '../i18n/catalog/tab';
import { tabActions } from '../i18n/catalog/tabActions';

export type TabLocale = 'en' | 'sv';
export type TabKey = keyof typeof tab.en | keyof typeof tabActions.en;
export type Tt = (key: TabKey, params?: Record<string, string | number>) => string;

/** The tab's words from the one message catalogue (src/i18n/catalog/tab.ts), Swedish when Teams says so. */
export function translatorFor(locale: string | undefined): { locale: TabLocale; tt: Tt } {
  const lang: TabLocale = locale && /^sv\b/i.test(locale) ? 'sv' : 'en';
  const table: Record<TabKey, string> = { ...tab[lang], ...tabActions[lang] };
  return {
    locale: lang,
    tt: (key, params = {}) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)),
  };
}

const stockholm = (locale: TabLocale) =>
  new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: 'Europe/Stockholm', dateStyle: 'medium', timeStyle: 'short' });

export const formatWhen = (locale: TabLocale, iso: string) => stockholm(locale).format(new Date(iso));
