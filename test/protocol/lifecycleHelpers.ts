import { expect } from 'vitest';
import { cardOf, startHarness, TeamsUser, type Harness, type HarnessOptions } from '../support/botHarness';
import { waitFor } from '../support/waitFor';
import type { RecordedCall } from '../support/fakeConnector';
import { confirmData, ORDER_NUMBER, ownerOf, seedCart, walkToSummary } from './checkoutHelpers';

export const FULL_ID_ANNA = '199001011239';
export const FULL_ID_BO = '198502022380';
/** How a stored Swedish number is shown in full (only on the cardholder's own card). */
export const shownId = (stored: string) => `${stored.slice(0, 8)}-${stored.slice(8)}`;
/** Neither the stored nor the shown form of the full number appears in `text`. */
export function expectNoFullId(text: string, stored: string): void {
  if (text.includes(stored) || text.includes(shownId(stored)))
    throw new Error(`the full identity number ${shownId(stored).slice(0, 8)}-**** leaked`);
}

/** Real time for the transport, a movable "now" for the app (coalescing windows, reminders, expiry). */
export class MovableNow {
  offset = 0;
  readonly now = () => new Date(Date.now() + this.offset);
  advance(ms: number): void {
    this.offset += ms;
  }
}

export interface Cast {
  harness: Harness;
  time: MovableNow;
  olle: TeamsUser;
  rita: TeamsUser;
  anna: TeamsUser;
  bo: TeamsUser;
  maja: TeamsUser;
}

/** Orderer, reviewer (by REVIEWER_EMAILS), two cardholders and a manager, on one fake connector. */
export async function startCast(env: Record<string, string> = {}, opts: Pick<HarnessOptions, 'backend' | 'app'> = {}): Promise<Cast> {
  const time = new MovableNow();
  const harness = await startHarness({ REVIEWER_EMAILS: 'rita.reviewer@contoso.example', ...env }, { now: time.now, ...opts });
  const cast = {
    harness,
    time,
    olle: new TeamsUser(harness, { name: 'Olle Orderer', email: 'olle@contoso.example' }),
    rita: new TeamsUser(harness, { name: 'Rita Reviewer', email: 'rita.reviewer@contoso.example' }),
    anna: new TeamsUser(harness, { name: 'Anna Berg', email: 'anna.berg@contoso.example' }),
    bo: new TeamsUser(harness, { name: 'Bo Ek', email: 'bo.ek@contoso.example' }),
    maja: new TeamsUser(harness, { name: 'Maja Manager', email: 'maja@contoso.example' }),
  };
  for (const user of [cast.olle, cast.rita, cast.maja]) await user.say('hi');
  const maja = await harness.app.store.people.findByEmail('maja@contoso.example');
  await harness.app.store.companies.grant((await ownerOf(harness, cast.olle)).companyId, maja[0]!.id, 'manager');
  return cast;
}

/** Olle orders cards for Anna and Bo; returns the order number. */
export async function placeOrderFor(cast: Cast): Promise<{ number: string; orderId: string }> {
  const { harness, olle } = cast;
  await seedCart(harness, olle, [
    { firstName: 'Anna', lastName: 'Berg', email: 'Anna.Berg@contoso.example', identityNumber: FULL_ID_ANNA },
    {
      firstName: 'Bo',
      lastName: 'Ek',
      email: 'bo.ek@contoso.example',
      identityNumber: FULL_ID_BO,
      dateOfBirth: '1985-02-02',
      manualIdVerification: true,
    },
  ]);
  const summary = await walkToSummary(olle);
  const confirmed = await olle.click('order.confirm', confirmData(summary));
  const number = JSON.stringify(confirmed.body).match(ORDER_NUMBER)?.[0] ?? '';
  expect(number).toMatch(ORDER_NUMBER);
  const { orders } = await harness.app.store.orders.listFor(await ownerOf(harness, olle), 1);
  return { number, orderId: orders[0]!.order.id };
}

/** Waits until `check` holds, re-read whenever the connector records a call or the bot logs (the worker runs on its own schedule). */
export async function until(harness: Harness, check: () => boolean | Promise<boolean>, what = 'the expected outcome'): Promise<void> {
  await waitFor([harness.connector.changes, harness.logs], check, what);
}

/** Every message the outbox holds has been delivered (or given up on); digest events wait for their own time. */
export const outboxSettled = (harness: Harness) =>
  until(
    harness,
    async () => (await harness.app.store.outbox.list({ status: 'pending' })).every((m) => m.payload.kind === 'event'),
    'the outbox to settle',
  );

export const callsTo = (harness: Harness, user: TeamsUser, kind?: RecordedCall['kind']) =>
  harness.connector.calls.filter((c) => c.conversationId === user.conversationId && (!kind || c.kind === kind));
export const cardsTo = (harness: Harness, user: TeamsUser, kind?: RecordedCall['kind']) =>
  callsTo(harness, user, kind)
    .map((c) => cardOf(c))
    .filter(Boolean);
export const json = (x: unknown) => JSON.stringify(x);

/** The newest card sent to `user` whose JSON contains `text`. */
export async function cardWith(
  harness: Harness,
  user: TeamsUser,
  text: string,
  kind: RecordedCall['kind'] = 'send',
): Promise<{ card: any; call: RecordedCall }> {
  let found: RecordedCall | undefined;
  await until(
    harness,
    () =>
      !!(found = callsTo(harness, user, kind)
        .filter((c) => json(cardOf(c)).includes(text))
        .at(-1)),
  );
  return { card: cardOf(found), call: found! };
}

export const itemIdOf = (card: any, verb: string) => (card.actions ?? []).find((a: any) => a.verb === verb)?.data;
