import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmData, seedCart, walkToSummary } from '../protocol/checkoutHelpers';
import { startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';

/**
 * Database round trips per turn on PostgreSQL, counted by the pool (every statement is one), as
 * budgets: counts are deterministic, unlike timings. The outbox worker and the timers are stopped,
 * so only the turn's own statements count.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({}, { backend: 'postgres' });
  await harness.app.outbox.stop();
  await harness.app.approvalTimers.stop();
  await harness.app.retention.stop();
});
afterAll(() => harness?.stop());

async function trips(turn: () => Promise<TurnResult>): Promise<number> {
  const before = harness.roundTrips();
  const result = await turn();
  expect(result.status).toBe(200);
  return harness.roundTrips() - before;
}

describe('round trips per turn (PostgreSQL)', () => {
  it('a dialog answer costs at most 5, the conversation lease included', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    await user.say('Anna'); // the first answers write the person's profile; later turns hit the seen-cache
    // Lease taken (1), dialog state read (1), compare-and-set write (1), lease released (1).
    const answers = [await trips(() => user.say('Berg')), await trips(() => user.say('Sweden'))];
    console.log(`round trips: dialog answer ${answers.join(', ')}`);
    for (const n of answers) expect(n).toBeLessThanOrEqual(5);
  });

  it('Confirm order costs at most 25, the lease and the transaction included', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}, {}]);
    const summary = await walkToSummary(user);
    const confirm = await trips(() => user.click('order.confirm', confirmData(summary)));
    console.log(`round trips: Confirm order (2 cards) ${confirm}`);
    expect(confirm).toBeLessThanOrEqual(CONFIRM_BUDGET_POSTGRES);
  });
});

/**
 * Confirm order with two cards, one service reading each thing once (it was 42 on PostgreSQL and
 * 37 on SQLite while the dialog's preview and the service re-read settings, options and cart).
 * SQLite's 20: dialog state read and delete (2), orderer with company (1), checkout (1), settings
 * with options and the addresses (2), cart and its photos (2), order number (1), the audiences and
 * a locale for the outbox (3), the placing transaction (8). PostgreSQL adds the conversation lease
 * (take, release), BEGIN and COMMIT, and the row lock SQLite's single writer does not need: 25.
 */
const CONFIRM_BUDGET_SQLITE = 20;
const CONFIRM_BUDGET_POSTGRES = 25;

/** The same turns on SQLite, where every executed statement counts (no lease, no network). */
describe('statements per turn (SQLite)', () => {
  let local: Harness;
  beforeAll(async () => {
    local = await startHarness({});
    await local.app.outbox.stop();
    await local.app.approvalTimers.stop();
    await local.app.retention.stop();
  });
  afterAll(() => local?.stop());

  async function statements(turn: () => Promise<TurnResult>): Promise<number> {
    const before = local.roundTrips();
    expect((await turn()).status).toBe(200);
    return local.roundTrips() - before;
  }

  it('a dialog answer costs at most 2: its dialog state read and written', async () => {
    const user = new TeamsUser(local);
    await user.say('new card');
    await user.say('Anna');
    const answers = [await statements(() => user.say('Berg')), await statements(() => user.say('Sweden'))];
    console.log(`statements (SQLite): dialog answer ${answers.join(', ')}`);
    for (const n of answers) expect(n).toBeLessThanOrEqual(2);
  });

  it('Confirm order costs at most 20 statements', async () => {
    const user = new TeamsUser(local);
    await seedCart(local, user, [{}, {}]);
    const summary = await walkToSummary(user);
    const confirm = await statements(() => user.click('order.confirm', confirmData(summary)));
    console.log(`statements (SQLite): Confirm order (2 cards) ${confirm}`);
    expect(confirm).toBeLessThanOrEqual(CONFIRM_BUDGET_SQLITE);
  });
});
