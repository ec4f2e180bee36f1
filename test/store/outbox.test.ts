import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeStore } from '../support/stores';
import { fileDatabaseUrl, truncateAll } from '../support/pgDatabase';
import { createPostgresStore, transaction as pgTransaction, type PgTx, type PostgresStore } from '../../src/store/postgres';
import { applyEffects as pgApplyEffects } from '../../src/store/postgres/effects';
import { enqueueOutbox as pgEnqueueOutbox } from '../../src/store/postgres/outbox';
import * as pgSchema from '../../src/store/postgres/schema';
import type Database from 'better-sqlite3';
import { auditRecord } from '../../src/domain/lifecycle';
import { applyEffects, enqueueOutbox } from '../../src/store/sqlite';
import { openDatabase, type Db } from '../../src/store/sqlite/db';
import { sqliteOutbox } from '../../src/store/sqlite/outbox';
import { sqliteAudit } from '../../src/store/sqlite/audit';
import { companies } from '../../src/store/schema';
import type { OutboxDraft, OutboxRepository } from '../../src/store/ports';
import { tempDir } from '../support/tmp';
import { fieldCipher, processKeyRing } from '../../src/crypto';

const cipher = fieldCipher(processKeyRing());

const T0 = new Date('2026-03-02T10:00:00Z').getTime();
const at = (ms: number) => new Date(T0 + ms);
let clock = T0;
const draft = (eventId: string, over: Partial<OutboxDraft> = {}): OutboxDraft => ({
  eventId,
  recipient: { kind: 'person', id: 'manager-1' },
  tenantId: 't1',
  payload: { kind: 'text', text: `event ${eventId}` },
  ...over,
});

describe('outbox (SQLite)', () => {
  let dir: ReturnType<typeof tempDir>;
  let sqlite: Database.Database;
  let db: Db;
  let outbox: OutboxRepository;
  beforeEach(() => {
    dir = tempDir();
    ({ sqlite, db } = openDatabase(dir.file('outbox.sqlite')));
    clock = T0;
    outbox = sqliteOutbox(db, () => new Date(clock), cipher);
  });
  afterEach(() => {
    sqlite.close();
    dir.cleanup();
  });

  it('counts what it made due — enqueued (not replayed) or revived — so a turn that did neither leaves the worker asleep', async () => {
    const made = () => outbox.madeDue!();
    const start = made();
    await outbox.enqueue([draft('e1'), draft('e2')]);
    expect(made() - start).toBe(2);
    await outbox.enqueue([draft('e1')]);
    const [first] = await outbox.list();
    await outbox.claim(first!.id, 'w', at(0), 30_000);
    await outbox.markUnreachable([first!.id], 'w', '403 ConversationBlockedByUser');
    await outbox.due(at(0), 10);
    expect(made() - start).toBe(2);
    await outbox.revive({ kind: 'person', id: 'manager-1' }, at(1_000));
    expect(made() - start).toBe(3);
  });

  describe('enqueue inside another repository transaction (SQLite seam)', () => {
    const change = (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) =>
      tx
        .insert(companies)
        .values({ id: 'c1', tenantId: 't1', name: 'Bygg AB', orgNumber: null, createdAt: at(0) })
        .run();
    const audit = auditRecord({
      subject: { type: 'company', id: 'c1' },
      who: { kind: 'admin', personId: 'p1' },
      when: at(0),
      what: 'company.create',
      from: null,
      to: 'active',
    });

    it('commits the change, the audit record and the message together', async () => {
      const result = db.transaction((tx) => {
        change(tx);
        return applyEffects(tx, { audit: [audit], outbox: [draft('e1')] }, at(0), cipher);
      });
      expect(result).toEqual({ enqueued: 1, duplicates: 0 });
      expect(db.select().from(companies).all()).toHaveLength(1);
      expect(await outbox.list()).toHaveLength(1);
      expect(await sqliteAudit(db).list({ type: 'company', id: 'c1' })).toMatchObject([
        { what: 'company.create', who: { kind: 'admin', personId: 'p1' }, to: 'active' },
      ]);
    });

    it('rolls all of them back when the change fails after enqueueing', async () => {
      expect(() =>
        db.transaction((tx) => {
          applyEffects(tx, { audit: [audit], outbox: [draft('e1')] }, at(0), cipher);
          change(tx);
          change(tx); // duplicate primary key: the transaction fails
        }),
      ).toThrow(/UNIQUE/);
      expect(db.select().from(companies).all()).toHaveLength(0);
      expect(await outbox.list()).toHaveLength(0);
      expect(await sqliteAudit(db).list({ type: 'company', id: 'c1' })).toHaveLength(0);
    });

    it('skips a replayed event without aborting the surrounding change', async () => {
      await outbox.enqueue([draft('e1')]);
      const result = db.transaction((tx) => {
        change(tx);
        return enqueueOutbox(tx, [draft('e1'), draft('e1', { recipient: { kind: 'channel', id: '19:c@thread' } })], at(0), cipher);
      });
      expect(result).toEqual({ enqueued: 1, duplicates: 1 });
      expect(db.select().from(companies).all()).toHaveLength(1);
      expect((await outbox.list()).map((m) => m.idempotencyKey).sort()).toEqual(['e1|channel:19:c@thread', 'e1|person:manager-1']);
    });
  });
});

describe('outbox: enqueue inside another repository transaction (PostgreSQL seam)', () => {
  let store: PostgresStore;
  beforeEach(async () => {
    const url = await fileDatabaseUrl();
    await truncateAll(url);
    store = await createPostgresStore(url, { now: () => at(0), migrate: false });
  });
  afterEach(() => store.close());
  const change = (tx: PgTx) =>
    tx.insert(pgSchema.companies).values({ id: 'c1', tenantId: 't1', name: 'Bygg AB', orgNumber: null, createdAt: at(0) });
  const audit = auditRecord({
    subject: { type: 'company', id: 'c1' },
    who: { kind: 'admin', personId: 'p1' },
    when: at(0),
    what: 'company.create',
    from: null,
    to: 'active',
  });

  it('commits the change, the audit record and the message together', async () => {
    const result = await pgTransaction(store.connection.db, async (tx) => {
      await change(tx);
      return pgApplyEffects(tx, { audit: [audit], outbox: [draft('e1')] }, at(0), cipher);
    });
    expect(result).toEqual({ enqueued: 1, duplicates: 0 });
    expect(await store.companies.get('c1')).toBeDefined();
    expect(await store.outbox.list()).toHaveLength(1);
    expect(await store.audit.list({ type: 'company', id: 'c1' })).toMatchObject([{ what: 'company.create', to: 'active' }]);
  });

  it('rolls all of them back when the change fails after enqueueing', async () => {
    const failed = pgTransaction(store.connection.db, async (tx) => {
      await pgApplyEffects(tx, { audit: [audit], outbox: [draft('e1')] }, at(0), cipher);
      await change(tx);
      await change(tx); // duplicate primary key: the transaction fails
    });
    await expect(failed).rejects.toThrow();
    expect(await store.companies.get('c1')).toBeUndefined();
    expect(await store.outbox.list()).toHaveLength(0);
    expect(await store.audit.list({ type: 'company', id: 'c1' })).toHaveLength(0);
  });

  it('skips a replayed event without aborting the surrounding change', async () => {
    await store.outbox.enqueue([draft('e1')]);
    const result = await pgTransaction(store.connection.db, async (tx) => {
      await change(tx);
      return pgEnqueueOutbox(tx, [draft('e1'), draft('e1', { recipient: { kind: 'channel', id: '19:c@thread' } })], at(0), cipher);
    });
    expect(result).toEqual({ enqueued: 1, duplicates: 1 });
    expect(await store.companies.get('c1')).toBeDefined();
  });
});

describeStore('outbox: due, claim and outcomes', (backend) => {
  let outbox: OutboxRepository;
  beforeEach(async () => {
    clock = T0;
    outbox = (await backend.open(() => new Date(clock))).outbox;
  });

  it('is due at once, or after notBefore, or when its coalescing window closes', async () => {
    await outbox.enqueue([
      draft('now'),
      draft('later', { notBefore: at(5_000) }),
      draft('merged', { coalesce: { key: 'order-1', windowMs: 60_000 } }),
    ]);
    expect((await outbox.due(at(0), 10)).map((m) => m.eventId)).toEqual(['now']);
    expect((await outbox.due(at(59_999), 10)).map((m) => m.eventId)).toEqual(['now', 'later']);
    expect((await outbox.due(at(60_000), 10)).map((m) => m.eventId)).toEqual(['now', 'later', 'merged']);
    expect(await outbox.nextActionAt()).toEqual(at(0));
  });

  it('claims a message once: a second claim, with any token, gets nothing', async () => {
    await outbox.enqueue([draft('e1')]);
    const [m] = await outbox.list();
    const first = await outbox.claim(m!.id, 'tok-a', at(0), 30_000);
    expect(first).toMatchObject([{ status: 'sending', attempts: 1, leaseUntil: at(30_000) }]);
    expect(await outbox.claim(m!.id, 'tok-b', at(0), 30_000)).toEqual([]);
    expect(await outbox.due(at(0), 10)).toEqual([]);
  });

  it("claims the coalescing group: same key and recipient, created within the first one's window", async () => {
    const c = { coalesce: { key: 'order-1', windowMs: 60_000 } };
    await outbox.enqueue([draft('a', c)]);
    clock = T0 + 30_000;
    await outbox.enqueue([
      draft('b', c),
      draft('other-recipient', { ...c, recipient: { kind: 'person', id: 'manager-2' } }),
      draft('other-order', { coalesce: { key: 'order-2', windowMs: 60_000 } }),
    ]);
    clock = T0 + 61_000;
    await outbox.enqueue([draft('c', c)]);
    const [head] = await outbox.due(at(60_000), 1);
    expect(head!.eventId).toBe('a');
    const group = await outbox.claim(head!.id, 'tok', at(60_000), 30_000);
    expect(group.map((m) => m.eventId)).toEqual(['a', 'b']);
    expect((await outbox.list({ status: 'pending' })).map((m) => m.eventId).sort()).toEqual(['c', 'other-order', 'other-recipient']);
  });

  it('applies an outcome only while the claim is held', async () => {
    await outbox.enqueue([draft('e1')]);
    const [m] = await outbox.list();
    await outbox.claim(m!.id, 'tok', at(0), 30_000);
    expect(await outbox.markSent([m!.id], 'stale-token', { activityId: 'x', conversationId: 'c', at: at(1) })).toBe(0);
    expect(await outbox.markSent([m!.id], 'tok', { activityId: 'act-1', conversationId: 'conv-1', at: at(1) })).toBe(1);
    expect(await outbox.get(m!.id)).toMatchObject({
      status: 'sent',
      activityId: 'act-1',
      conversationId: 'conv-1',
      sentAt: at(1),
      leaseUntil: null,
    });
    expect(await outbox.markFailed([m!.id], 'tok', 'late')).toBe(0);
  });

  it('reschedules with or without counting the attempt, and records the error', async () => {
    await outbox.enqueue([draft('e1')]);
    const [m] = await outbox.list();
    await outbox.claim(m!.id, 't1', at(0), 30_000);
    await outbox.reschedule([m!.id], 't1', { at: at(2_000), error: '429 Throttled' });
    expect(await outbox.get(m!.id)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(2_000), lastError: '429 Throttled' });
    await outbox.claim(m!.id, 't2', at(2_000), 30_000);
    await outbox.reschedule([m!.id], 't2', { at: at(2_000), error: null, countAttempt: false });
    expect(await outbox.get(m!.id)).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('puts claims whose lease expired (a crashed worker) back to pending', async () => {
    await outbox.enqueue([draft('e1'), draft('e2')]);
    const [a, b] = await outbox.list();
    await outbox.claim(a!.id, 'dead-worker', at(0), 30_000);
    await outbox.claim(b!.id, 'live-worker', at(20_000), 30_000);
    expect(await outbox.nextActionAt()).toEqual(at(30_000));
    expect(await outbox.recoverExpiredLeases(at(29_999))).toBe(0);
    expect(await outbox.recoverExpiredLeases(at(30_000))).toBe(1);
    expect(await outbox.get(a!.id)).toMatchObject({ status: 'pending', attempts: 1, leaseUntil: null });
    expect(await outbox.get(b!.id)).toMatchObject({ status: 'sending' });
    expect(await outbox.markSent([a!.id], 'dead-worker', { activityId: 'x', conversationId: 'c', at: at(1) })).toBe(0);
  });

  it('revives unreachable messages of one recipient, and cancels by idempotency key', async () => {
    await outbox.enqueue([draft('e1'), draft('e2'), draft('e3', { recipient: { kind: 'person', id: 'someone-else' } })]);
    const all = await outbox.list();
    for (const [i, m] of all.entries()) {
      await outbox.claim(m.id, `t${i}`, at(0), 30_000);
      await outbox.markUnreachable([m.id], `t${i}`, '403 ConversationBlockedByUser');
    }
    expect(await outbox.revive({ kind: 'person', id: 'manager-1' }, at(9_000))).toBe(2);
    expect((await outbox.due(at(9_000), 10)).map((m) => [m.eventId, m.attempts])).toEqual([
      ['e1', 0],
      ['e2', 0],
    ]);
    expect(await outbox.cancel(['e1|person:manager-1', 'e3|person:someone-else'])).toBe(2);
    expect((await outbox.list({ status: 'cancelled' })).map((m) => m.eventId).sort()).toEqual(['e1', 'e3']);
    expect(await outbox.findByKey('e2|person:manager-1')).toMatchObject({ status: 'pending' });
  });
});
