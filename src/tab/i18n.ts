import { tab } from '../i18n/catalog/tab';
import { tabActions } from '../i18n/catalog/tabActions';
import { formatMessage, type Message } from '../i18n/define';

export type TabLocale = 'en' | 'sv';
export type TabKey = keyof typeof tab.en | keyof typeof tabActions.en;
export type Tt = (key: TabKey, params?: Record<string, string | number>) => string;

/** The tab's words from the one message catalogue (src/i18n/catalog/tab.ts), Swedish when Teams says so. */
export function translatorFor(locale: string | undefined): { locale: TabLocale; tt: Tt } {
  const lang: TabLocale = locale && /^sv\b/i.test(locale) ? 'sv' : 'en';
  const table: Record<TabKey, Message> = { ...tab[lang], ...tabActions[lang] };
  return { locale: lang, tt: (key, params = {}) => formatMessage(lang, table[key], params) };
}

const stockholm = (locale: TabLocale) =>
  new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: 'Europe/Stockholm', dateStyle: 'medium', timeStyle: 'short' });

export const formatWhen = (locale: TabLocale, iso: string) => stockholm(locale).format(new Date(iso));
