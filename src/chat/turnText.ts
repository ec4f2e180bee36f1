import { TurnContext } from 'botbuilder';
import { localeFrom, translator, type Locale, type Translate } from '../i18n';

export function localeOf(context: TurnContext): { locale: Locale; t: Translate } {
  const locale = localeFrom(context.activity.locale);
  return { locale, t: translator(locale) };
}

/** Message text without the bot's @mention (group chats and channels), trimmed. */
export function messageText(context: TurnContext): string {
  const activity = context.activity;
  let text = activity.text ?? '';
  if (activity.entities?.some((e) => e.type === 'mention')) {
    text = TurnContext.removeRecipientMention(activity) ?? text;
  }
  // Teams wraps mentions in <at> tags; strip any that are left (e.g. a mention of the bot by name).
  return text
    .replace(/<at>[^<]*<\/at>/g, '')
    .replace(/&nbsp;/g, ' ')
    .trim();
}
