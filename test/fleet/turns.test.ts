import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmData, invokeText, ORDER_NUMBER, ownerOf, seedCart, walkToSummary } from '../protocol/checkoutHelpers';
import { TeamsUser, type Harness } from '../support/botHarness';
import { startFleet, type Fleet } from '../support/fleet';

/** Two real bot processes on one PostgreSQL database behind one fake connector: turns and decisions. */
let fleet: Fleet;
beforeAll(async () => {
  fleet = await startFleet(2);
}, 120_000); // two bot processes start through tsx: ~20 s each on a loaded 2-core machine
afterAll(() => fleet?.stop());

/** The same Teams user and chat, reaching instance 0 or 1 (Teams' load balancer picks either). */
function user(aadObjectId = crypto.randomUUID()): [TeamsUser, TeamsUser] {
  return [new TeamsUser(fleet.via(0), { aadObjectId }), new TeamsUser(fleet.via(1), { aadObjectId })];
}

describe('several instances on one database', () => {
  it('migrated once although both started together, and both answer', async () => {
    const { rows } = await fleet.store.connection.pool.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    expect(rows[0].n).toBeGreaterThan(0);
    const [a, b] = user();
    expect((await a.say('help')).status).toBe(200);
    expect((await b.say('help')).status).toBe(200);
  });

  it('serialises two turns of one conversation that reach different instances at the same moment', async () => {
    const [a, b] = user();
    expect((await a.say('new card')).texts.at(-1)).toMatch(/first name/i);
    for (let round = 0; round < 3; round++) {
      // Both answers land at once on different instances. Serialised, one is taken as the first
      // name and the other as the last name; forked, both would be read against the same state.
      const [x, y] = await Promise.all([a.say('Anna'), b.say('Berg')]);
      const prompts = [x, y].map((r) => r.texts.join('\n'));
      expect(prompts.some((p) => /last name/i.test(p))).toBe(true);
      expect(prompts.some((p) => /nationality/i.test(p))).toBe(true);
      expect(prompts.join('\n')).not.toMatch(/went wrong|try again/i);
      // Back to the first-name question for the next round.
      await a.say('cancel');
      expect((await b.say('new card')).texts.at(-1)).toMatch(/first name/i);
    }
    const errors = [0, 1].flatMap((i) => fleet.events(i, 'turn.failed'));
    expect(errors).toEqual([]);
  });

  it('places one order when Confirm is clicked on both instances at once', async () => {
    const [a, b] = user();
    const harness = fleet.via(0) as unknown as Harness;
    await seedCart(harness, a, [{}]);
    const summary = await walkToSummary(a);
    const [x, y] = await Promise.all([a.click('order.confirm', confirmData(summary)), b.click('order.confirm', confirmData(summary))]);
    expect([x.status, y.status]).toEqual([200, 200]);
    const numbers = [x, y].map((r) => JSON.stringify(r.body).match(ORDER_NUMBER)?.[0] ?? invokeText(r));
    expect(numbers[0]).toMatch(ORDER_NUMBER);
    expect(numbers[1]).toBe(numbers[0]);
    const { total } = await fleet.store.orders.listFor(await ownerOf(harness, a), 10);
    expect(total).toBe(1);
  });

  it('runs the approval timers on one instance per tick', async () => {
    // Each instance ticks right after start: one takes the fleet's timer lease, the other skips.
    const outcomes = await Promise.all(
      [0, 1].map((i) =>
        Promise.race([fleet.waitFor(i, 'timers.tick').then(() => 'tick'), fleet.waitFor(i, 'timers.skipped').then(() => 'skipped')]),
      ),
    );
    expect(outcomes.sort()).toEqual(['skipped', 'tick']);
  });
});
