import { beforeEach, expect, it } from 'vitest';
import { auditRecord } from '../../src/domain/lifecycle';
import type { Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';

const AT = new Date('2026-03-02T10:00:00Z');
const audit = (what: string) =>
  auditRecord({ subject: { type: 'company', id: 'c1' }, who: { kind: 'admin', personId: null }, when: AT, what, from: null, to: null });

describeStore('membership and people look-ups', (backend) => {
  let store: Store;
  let ids: { ada: string; bo: string };
  beforeEach(async () => {
    store = await backend.open(() => AT);
    await store.companies.create({ id: 'c1', tenantId: 't1', name: 'Bygg AB', orgNumber: null });
    const ada = (await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'ada', name: 'Ada' })).person;
    const bo = (await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'bo', name: 'Bo' })).person;
    ids = { ada: ada.id, bo: bo.id };
  });

  it('grants once, with effects only when something changed', async () => {
    const effects = {
      audit: [audit('role.grant')],
      outbox: [
        { eventId: 'g1', recipient: { kind: 'person' as const, id: ids.bo }, tenantId: 't1', payload: { kind: 'text', text: 'hi' } },
      ],
    };
    expect(await store.members.grant('c1', ids.bo, 'orderer', effects)).toBe('granted');
    expect(await store.members.grant('c1', ids.bo, 'orderer', { audit: [audit('role.grant')] })).toBe('already');
    expect(await store.audit.list({ type: 'company', id: 'c1' })).toHaveLength(1);
    expect(await store.outbox.list()).toHaveLength(1);
    expect(await store.members.members('c1')).toEqual([{ personId: ids.bo, role: 'orderer', name: 'Bo', email: null }]);
  });

  it('never removes the last admin, but removes one of two', async () => {
    await store.members.grant('c1', ids.ada, 'admin');
    expect(await store.members.revoke('c1', ids.ada, 'admin')).toBe('last_admin');
    await store.members.grant('c1', ids.bo, 'admin');
    expect(await store.members.revoke('c1', ids.ada, 'admin', { audit: [audit('role.revoke')] })).toBe('revoked');
    expect(await store.members.revoke('c1', ids.bo, 'admin')).toBe('last_admin');
    expect(await store.members.revoke('c1', ids.ada, 'admin')).toBe('absent');
    expect((await store.audit.list({ type: 'company', id: 'c1' })).map((e) => e.what)).toEqual(['role.revoke']);
  });

  it('keeps a pending grant by lower-case e-mail and consumes it exactly once', async () => {
    expect(await store.members.grantPending({ companyId: 'c1', email: 'Eva@Example.com', role: 'manager', grantedBy: ids.ada })).toBe(
      'granted',
    );
    expect(await store.members.grantPending({ companyId: 'c1', email: 'eva@example.com', role: 'manager', grantedBy: ids.ada })).toBe(
      'already',
    );
    expect(await store.members.pendingFor('EVA@example.com')).toMatchObject([
      { companyId: 'c1', email: 'eva@example.com', role: 'manager', grantedBy: ids.ada },
    ]);
    const grant = { companyId: 'c1', email: 'eva@example.com', role: 'manager' as const };
    const results = await Promise.all([store.members.consumePending(grant, ids.bo), store.members.consumePending(grant, ids.bo)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await store.members.pendingOf('c1')).toEqual([]);
    expect(await store.companies.rolesOf(ids.bo)).toMatchObject([{ role: 'manager' }]);
  });

  it('subscribes a channel once and unsubscribes it', async () => {
    const sub = { companyId: 'c1', conversationId: '19:abc@thread.tacv2', tenantId: 't1', subscribedBy: ids.ada };
    expect(await store.members.subscribe(sub)).toBe('subscribed');
    expect(await store.members.subscribe(sub)).toBe('already');
    expect(await store.members.channelsOf('c1')).toMatchObject([{ conversationId: '19:abc@thread.tacv2' }]);
    expect(await store.members.unsubscribe('c1', '19:abc@thread.tacv2')).toBe(true);
    expect(await store.members.unsubscribe('c1', '19:abc@thread.tacv2')).toBe(false);
  });

  it('finds people by e-mail or UPN, case-insensitively, optionally within a tenant', async () => {
    await store.people.updateProfile(ids.ada, { email: 'Ada@Bygg.se', upn: 'ADA.L@bygg.onmicrosoft.com' });
    expect((await store.people.findByEmail(' ada@bygg.SE ')).map((p) => p.id)).toEqual([ids.ada]);
    expect((await store.people.findByEmail('ada.l@bygg.onmicrosoft.com', 't1')).map((p) => p.id)).toEqual([ids.ada]);
    expect(await store.people.findByEmail('ada@bygg.se', 't2')).toEqual([]);
  });

  it('knows the latest serviceUrl of a tenant', async () => {
    const base = { personId: ids.ada, tenantId: 't1', conversationType: 'personal', reference: {} };
    expect(await store.conversations.serviceUrlForTenant('t1')).toBeUndefined();
    await store.conversations.upsert({ ...base, conversationId: 'a', serviceUrl: 'https://smba.example/emea/' });
    expect(await store.conversations.serviceUrlForTenant('t1')).toBe('https://smba.example/emea/');
    expect(await store.conversations.serviceUrlForTenant('t2')).toBeUndefined();
  });
});
