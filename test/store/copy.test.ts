import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRecord } from '../../src/domain/lifecycle/audit';
import { copyDatabase } from '../../src/store/copy';
import type { Store } from '../../src/store/ports';
import { createPostgresStore } from '../../src/store/postgres';
import { createSqliteStore } from '../../src/store/sqlite';
import { freshDatabaseUrl } from '../support/pgDatabase';
import { placementOf } from '../support/placeOrder';
import { tempDir } from '../support/tmp';
import { cardholderInput } from '../support/cardholderInput';

const AT = new Date('2026-03-05T10:00:00Z');

/** A small but complete SQLite database: people, a company, a photo, an order with its audit and outbox rows, dialog state. */
async function seed(store: Store) {
  const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'olle', name: 'Olle' });
  const company = await store.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: '556000-0000' });
  await store.companies.grant(company.id, person.id, 'orderer');
  const owner = { companyId: company.id, ordererId: person.id };
  const photo = await store.photos.save({
    ownerPersonId: person.id,
    jpeg: Buffer.from([0xff, 0xd8, 0x00, 0x01, 0xff]),
    thumbnail: Buffer.from('thumb'),
    findings: [{ code: 'dark', params: { level: 3 } }],
  });
  for (const firstName of ['Anna', 'Bo']) {
    await store.cart.add(owner, cardholderInput({ firstName, photoId: photo.id }));
  }
  const checkout = await store.checkouts.open(owner);
  await store.checkouts.recordSummary(
    owner,
    checkout.id,
    (await store.cart.list(owner)).map((i) => ({ id: i.id, updatedAt: i.updatedAt.getTime() })),
  );
  const placed = await store.orders.place(
    await placementOf(store, owner, checkout.id, {
      outbox: (o) => [
        {
          eventId: `review:${o.id}`,
          recipient: { kind: 'person', id: person.id },
          tenantId: 't1',
          payload: { kind: 'text', text: 'review' },
        },
      ],
    }),
  );
  await store.botState.write({ 'msteams/conversations/a:1/dialogState': { state: { dialogStack: [{ id: 'newCard' }] } } });
  if (placed.kind !== 'placed') throw new Error(placed.kind);
  await store.importChecks.create({
    personId: person.id,
    tenantId: 't1',
    locale: 'en-US',
    fileName: 'people.xlsx',
    file: Buffer.from('PK-bytes'),
    reference: { conversation: { id: 'a:1' } },
    leaseUntil: AT,
  });
  const [first] = await store.orders.items(placed.order.id);
  await store.approvalReach.setStatus(
    (await store.approvalReach.open({ itemId: first!.id, round: 1, channel: 'email' })).id,
    'sent',
    'consent',
  );
  return { person, company, photo, order: placed.order };
}

describe('npm run db:copy (SQLite to an empty PostgreSQL database)', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir('id06-copy-');
  });
  afterEach(() => dir.cleanup());

  it('copies every table with the same ids and values, and the audit sequence continues after the copied rows', async () => {
    const file = dir.file('id06.sqlite');
    const source = createSqliteStore(file, () => AT);
    const seeded = await seed(source);
    const audit = await source.audit.list({ type: 'order', id: seeded.order.id });
    await source.close();
    const url = await freshDatabaseUrl();

    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/dbCopy.ts', '--from', file, '--to', url], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/order_items: 2\n/);
    expect(run.stdout).toMatch(/approval_reach: 1\n/);
    expect(run.stdout).toMatch(/copied \d+ rows in 24 tables; row counts match/);

    const target = await createPostgresStore(url, { now: () => AT });
    try {
      expect(await target.people.get(seeded.person.id)).toMatchObject({ name: 'Olle', tenantId: 't1' });
      expect(await target.companies.rolesOf(seeded.person.id)).toEqual([{ company: seeded.company, role: 'orderer' }]);
      const photo = await target.photos.get(seeded.photo.id);
      expect(photo?.jpeg.equals(seeded.photo.jpeg)).toBe(true);
      expect(photo?.findings).toEqual([{ code: 'dark', params: { level: 3 } }]);
      expect(await target.orders.get(seeded.order.id)).toEqual(seeded.order);
      expect((await target.orders.items(seeded.order.id)).map((i) => [i.firstName, i.hasBankId, i.photoId])).toEqual([
        ['Anna', true, seeded.photo.id],
        ['Bo', true, seeded.photo.id],
      ]);
      expect(await target.audit.list({ type: 'order', id: seeded.order.id })).toEqual(audit);
      expect(await target.outbox.list()).toEqual([expect.objectContaining({ eventId: `review:${seeded.order.id}`, status: 'pending' })]);
      expect(
        (await target.botState.read(['msteams/conversations/a:1/dialogState']))['msteams/conversations/a:1/dialogState'].state,
      ).toEqual({ dialogStack: [{ id: 'newCard' }] });
      await target.audit.append([
        auditRecord({
          subject: { type: 'order', id: seeded.order.id },
          who: { kind: 'system', personId: null },
          when: AT,
          what: 'order.note',
          from: null,
          to: null,
        }),
      ]);
      const after = await target.audit.list({ type: 'order', id: seeded.order.id });
      expect(after.at(-1)!.seq).toBeGreaterThan(audit.at(-1)!.seq);
      const [check] = await target.importChecks.claimExpired(new Date(AT.getTime() + 1), new Date(AT.getTime() + 60_000));
      expect(check?.file.toString()).toBe('PK-bytes');
      // The next order number follows the copied counter.
      expect(await target.orders.reserveNumber(2026)).toBe(2);
    } finally {
      await target.close();
    }
  });

  it('refuses a target that already holds data, and leaves it as it was', async () => {
    const file = dir.file('id06.sqlite');
    const source = createSqliteStore(file, () => AT);
    await seed(source);
    await source.close();
    const url = await freshDatabaseUrl();
    const target = await createPostgresStore(url, { migrate: false });
    await target.people.upsertSeen({ tenantId: 't9', aadObjectId: 'someone' });
    await expect(copyDatabase({ sqlitePath: file, postgresUrl: url, log: () => undefined })).rejects.toThrow(
      /not empty \(people has 1 rows\)/,
    );
    expect(await target.people.findByAad('t1', 'olle')).toBeUndefined();
    await target.close();
  });

  it('refuses a missing source file', async () => {
    await expect(
      copyDatabase({ sqlitePath: dir.file('nope.sqlite'), postgresUrl: await freshDatabaseUrl(), log: () => undefined }),
    ).rejects.toThrow(/no SQLite database at/);
  });
});
