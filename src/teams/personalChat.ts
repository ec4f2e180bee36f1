import { cardAttachment } from '../../cards/render';
import { personalChatCard } from '../../cards/personalChat';
import type { InvokeReply } from '../chat/invokeReply';
import type { ServiceContext } from '../services/context';
import { openPersonalChat } from '../services/people/openPersonalChat';
import { conversationTypeOf } from './activity';
import type { Route, RouteScope } from './routes';

/** A Teams deep link that opens the personal chat with the bot (its `28:` id is the activity's recipient). */
export const personalChatLink = (botId: string): string => `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`;

/** Whether this route may run here: routes that ask for or show personal data run in the personal chat only. */
export const runsHere = (route: Route, scope: RouteScope): boolean =>
  !route.personalOnly || conversationTypeOf(scope.context.activity) === 'personal';

/**
 * A personal-data command in a channel or group chat: nothing is asked there. The bot says why,
 * links to the personal chat, and writes there itself where Teams lets it (openPersonalChat).
 */
export async function moveToPersonalChat(ctx: ServiceContext, scope: RouteScope, route: Route): Promise<InvokeReply | undefined> {
  const { context, t, locale } = scope;
  const { activity } = context;
  const where = t(conversationTypeOf(activity) === 'channel' ? 'personal.where.channel' : 'personal.where.group');
  // Without a command of its own (a cart item's Edit), the cart is where to go on.
  const resume = route.command
    ? { name: route.name, command: route.command }
    : { name: 'cart', command: { en: 'cart', key: 'command.cart' as const } };
  const word = locale === 'sv' ? t(resume.command.key) : resume.command.en;
  const invitation = personalChatCard(t, {
    text: t('personal.continue', { command: word, where }),
    command: { name: resume.name, title: t('personal.resume', { command: word }) },
  });
  const installedInTeam = !!(activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
  const opened = await openPersonalChat({
    ctx,
    actor: scope.actor,
    input: {
      eventId: `personal-chat:${activity.id ?? resume.name}`,
      payload: { kind: 'card', card: invitation, summary: t('personal.title') },
      installedInTeam,
    },
  });
  const text = t(opened === 'opened' ? 'personal.only.opened' : 'personal.only', { where });
  const card = personalChatCard(t, { text, url: personalChatLink(activity.recipient.id) });
  if (activity.type === 'invoke') return { card };
  await context.sendActivity({ attachments: [cardAttachment(card)] });
  return undefined;
}
