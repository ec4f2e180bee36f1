import { cardOf, type Harness, type TeamsUser, type TurnResult } from './botHarness';
import { waitFor } from './waitFor';
import type { RecordedCall } from './fakeConnector';

export const PERSONNUMMER = '19900101-1239';
/** Answers for a Swedish cardholder up to (not including) the photo. */
export const SWEDISH_ANSWERS = ['Anna', 'Berg', 'Sverige', PERSONNUMMER, 'anna.berg@example.com', '070-123 45 67', 'Standard', 'yes'];

/** Starts a new card and answers up to the photo question; returns that turn. */
export async function reachPhotoStep(user: TeamsUser, answers: string[] = SWEDISH_ANSWERS): Promise<TurnResult> {
  await user.say('new card');
  let turn: TurnResult | undefined;
  for (const answer of answers) turn = await user.say(answer);
  return turn!;
}

/** The photo question card of a turn and its two upload actions. */
export function photoQuestion(turn: TurnResult): { card: any; uploadUrl: string; taskData: Record<string, unknown> } {
  const card = cardOf(turn.sent.at(-1));
  const open = card?.actions?.find((a: any) => a.type === 'Action.OpenUrl');
  const task = card?.actions?.find((a: any) => a.type === 'Action.Submit');
  if (!open || !task) throw new Error(`no upload actions on ${JSON.stringify(card)}`);
  return { card, uploadUrl: open.url, taskData: task.data };
}

/** Waits until the fake connector has recorded a call matching `match` (proactive sends arrive later). */
export function waitForCall(
  harness: Pick<Harness, 'connector'>,
  match: (call: RecordedCall) => boolean,
  timeoutMs?: number,
): Promise<RecordedCall> {
  return waitFor([harness.connector.changes], () => harness.connector.calls.find(match), 'the bot to send the expected message', timeoutMs);
}

/** A message with the new-card summary card, in this conversation, sent after `mark`. */
export function isSummaryIn(conversationId: string, mark: number, harness: Pick<Harness, 'connector'>) {
  return (call: RecordedCall) =>
    harness.connector.calls.indexOf(call) >= mark &&
    call.conversationId === conversationId &&
    JSON.stringify(cardOf(call) ?? {}).includes('Check the cardholder');
}
