import type { Activity } from 'botbuilder';

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

/** Normalised for command matching: lower case, single spaces, no trailing punctuation. */
export function commandKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!?]+$/, '')
    .trim();
}
