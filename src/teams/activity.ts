import { TurnContext, type Activity } from 'botbuilder';
import { localeFrom, translator, type Locale, type Translate } from '../i18n';

/** The tenant of an activity: Teams puts it in channelData, newer payloads also in conversation. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? (activity.conversation as { tenantId?: string } | undefined)?.tenantId ?? undefined;
}

export function conversationTypeOf(activity: Partial<Activity>): 'personal' | 'groupChat' | 'channel' {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

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
  return text.replace(/<at>[^<]*<\/at>/g, '').replace(/&nbsp;/g, ' ').trim();
}

/** Normalised for command matching: lower case, single spaces, no trailing punctuation. */
export function commandKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.!?]+$/, '').trim();
}
