import { z } from 'zod';
import type { Actor, ServiceContext } from '../context';
import { parseInput } from '../parseInput';

const input = z.object({
  /** The turn that asked, so a retried activity does not send twice. */
  eventId: z.string().min(1).max(200),
  /** The message for the personal chat, rendered by the edge (a card). */
  payload: z.object({ kind: z.literal('card'), card: z.record(z.string(), z.unknown()), summary: z.string().max(200) }),
  /** Asked in a team channel: the bot is installed in that team, so Teams lets it start a 1:1 with a member. */
  installedInTeam: z.boolean(),
});

/**
 * Someone asked in a channel or group chat for something that needs personal data: the bot writes
 * to them in their personal chat, through the outbox, where it may. It may when it already has
 * that chat, or when asked in a channel of a team it is installed in (Teams then lets a bot start
 * a 1:1 with the team's members); from a group chat alone it may not, and says nothing there.
 */
export async function openPersonalChat({
  ctx,
  actor,
  input: raw,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: z.input<typeof input>;
}): Promise<'opened' | 'not_allowed'> {
  const { eventId, payload, installedInTeam } = parseInput(input, raw);
  const known = await ctx.store.conversations.findPersonal(actor.personId);
  if (!known && !installedInTeam) return 'not_allowed';
  await ctx.store.outbox.enqueue([{ eventId, recipient: { kind: 'person', id: actor.personId }, tenantId: actor.tenantId, payload }]);
  ctx.log.info(
    { event: 'personal_chat.opened', personId: actor.personId, known: !!known },
    'asked for personal data outside the personal chat: continuing there',
  );
  return 'opened';
}
