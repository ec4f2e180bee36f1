import { tab } from '../i18n/catalog/tab';
import { tabActions } from '../i18n/catalog/tabActions';
import { formatDateTime } from '../i18n/dateTime';
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

/** The same Swedish time with its zone as the chat's cards (`3 Dec 2026, 14:05 CET`). */
export const formatWhen = (locale: TabLocale, iso: string) => formatDateTime(new Date(iso), locale);
