import { beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import type { Actor, ServiceContext } from '../../src/services/context';
import { ForbiddenError, LastAdminError, NotFoundError, UnknownChannelError, ValidationFailedError } from '../../src/services/errors';
import {
  companyAudience,
  grantRole,
  listCompaniesFor,
  loadActorRoles,
  resolvePendingGrants,
  reviewerAudience,
  revokeRole,
  subscribeChannel,
  unsubscribeChannel,
} from '../../src/services/roles';
import type { Person, Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';

const AT = new Date('2026-03-02T10:00:00Z');

describeStore('role services', (backend) => {
  let store: Store;
  let ctx: ServiceContext;
  const meet = async (aad: string, email: string | null, tenantId = 't1'): Promise<Person> => {
    const { person } = await store.people.upsertSeen({ tenantId, aadObjectId: aad, name: aad });
    if (email) await store.people.updateProfile(person.id, { email });
    return (await store.people.get(person.id))!;
  };
  const as = (p: Person): Actor => ({ personId: p.id, tenantId: p.tenantId });
  let ada: Person; // admin of A
  let olle: Person; // orderer of A
  let bea: Person; // admin of B
  beforeEach(async () => {
    store = await backend.open(() => AT);
    ctx = {
      store,
      now: () => AT,
      log: createLogger('silent'),
      reviewers: { emails: ['rita@issuer.example'], channelConversationId: '19:review@thread.tacv2' },
    };
    await store.companies.create({ id: 'A', tenantId: 't1', name: 'Alfa Bygg', orgNumber: null });
    await store.companies.create({ id: 'B', tenantId: 't1', name: 'Beta Bygg', orgNumber: null });
    await store.companies.create({ id: 'X', tenantId: 't2', name: 'Other tenant AB', orgNumber: null });
    ada = await meet('ada', 'ada@alfa.se');
    olle = await meet('olle', 'olle@alfa.se');
    bea = await meet('bea', 'bea@beta.se');
    await store.members.grant('A', ada.id, 'admin');
    await store.members.grant('A', olle.id, 'orderer');
    await store.members.grant('B', bea.id, 'admin');
  });

  describe('grantRole', () => {
    it('grants to a known person by e-mail, audited, and a repeat is "already"', async () => {
      const max = await meet('max', 'Max@Alfa.se');
      expect(await grantRole({ ctx, actor: as(ada), input: { companyId: 'A', email: 'MAX@alfa.se', role: 'manager' } })).toEqual({
        status: 'granted',
        personIds: [max.id],
      });
      expect(await grantRole({ ctx, actor: as(ada), input: { companyId: 'A', personId: max.id, role: 'manager' } })).toMatchObject({
        status: 'already',
      });
      expect(await store.audit.list({ type: 'company', id: 'A' })).toMatchObject([
        { what: 'role.grant', who: { kind: 'admin', personId: ada.id }, to: 'manager', details: { personId: max.id } },
      ]);
    });

    it('keeps a grant for an unknown e-mail and applies it on first contact, once', async () => {
      expect(await grantRole({ ctx, actor: as(ada), input: { companyId: 'A', email: 'eva@alfa.se', role: 'orderer' } })).toEqual({
        status: 'pending',
        personIds: [],
      });
      const eva = await meet('eva', 'eva@alfa.se');
      expect(await resolvePendingGrants({ ctx, person: eva })).toEqual([{ companyId: 'A', role: 'orderer' }]);
      expect(await resolvePendingGrants({ ctx, person: eva })).toEqual([]);
      expect(await listCompaniesFor({ ctx, actor: as(eva) })).toMatchObject([{ company: { id: 'A' }, roles: ['orderer'] }]);
      expect((await store.audit.list({ type: 'company', id: 'A' })).map((e) => e.what)).toEqual([
        'role.grant_pending',
        'role.grant_resolved',
      ]);
    });

    it('does not apply a pending grant to a same-address person in another tenant', async () => {
      await grantRole({ ctx, actor: as(ada), input: { companyId: 'A', email: 'eva@alfa.se', role: 'orderer' } });
      const evaElsewhere = await meet('eva-guest', 'eva@alfa.se', 't2');
      expect(await resolvePendingGrants({ ctx, person: evaElsewhere })).toEqual([]);
      expect(await store.members.pendingOf('A')).toHaveLength(1);
    });

    it.each<[string, () => Person, Record<string, string>, unknown]>([
      ['an orderer', () => olle, { companyId: 'A', email: 'x@alfa.se', role: 'orderer' }, ForbiddenError],
      ['the admin of another company', () => bea, { companyId: 'A', email: 'x@alfa.se', role: 'orderer' }, ForbiddenError],
      [
        'an admin, for a company that does not exist',
        () => ada,
        { companyId: 'nope', email: 'x@alfa.se', role: 'orderer' },
        ForbiddenError,
      ],
      ['an admin, with a malformed e-mail', () => ada, { companyId: 'A', email: 'not-an-email', role: 'orderer' }, ValidationFailedError],
      ['an admin, with an unknown role', () => ada, { companyId: 'A', email: 'x@alfa.se', role: 'owner' }, ValidationFailedError],
      [
        'an admin, with both e-mail and person',
        () => ada,
        { companyId: 'A', email: 'x@alfa.se', personId: 'p', role: 'orderer' },
        ValidationFailedError,
      ],
      ['an admin, for a person of another tenant', () => ada, { companyId: 'A', personId: 'filled-below', role: 'orderer' }, NotFoundError],
    ])('refuses %s, and nothing changes', async (_name, who, input, error) => {
      if (input.personId === 'filled-below') input.personId = (await meet('far', null, 't2')).id;
      await expect(grantRole({ ctx, actor: as(who()), input: input as never })).rejects.toBeInstanceOf(error);
      expect(await store.members.pendingOf('A')).toEqual([]);
      expect(await store.audit.list({ type: 'company', id: 'A' })).toEqual([]);
    });
  });

  describe('revokeRole', () => {
    it('refuses to remove the last admin, even themself', async () => {
      await expect(
        revokeRole({ ctx, actor: as(ada), input: { companyId: 'A', email: 'ada@alfa.se', role: 'admin' } }),
      ).rejects.toBeInstanceOf(LastAdminError);
      expect(await listCompaniesFor({ ctx, actor: as(ada) })).toMatchObject([{ roles: ['admin'] }]);
    });
    it('removes an admin when another remains, and the removed one can no longer manage', async () => {
      await grantRole({ ctx, actor: as(ada), input: { companyId: 'A', personId: olle.id, role: 'admin' } });
      expect(await revokeRole({ ctx, actor: as(olle), input: { companyId: 'A', personId: ada.id, role: 'admin' } })).toEqual({
        status: 'revoked',
      });
      await expect(
        grantRole({ ctx, actor: as(ada), input: { companyId: 'A', email: 'x@alfa.se', role: 'manager' } }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    });
    it('removes a pending grant by e-mail, and reports absent roles', async () => {
      await grantRole({ ctx, actor: as(ada), input: { companyId: 'A', email: 'eva@alfa.se', role: 'manager' } });
      expect(await revokeRole({ ctx, actor: as(ada), input: { companyId: 'A', email: 'eva@alfa.se', role: 'manager' } })).toEqual({
        status: 'revoked',
      });
      expect(await revokeRole({ ctx, actor: as(ada), input: { companyId: 'A', email: 'eva@alfa.se', role: 'manager' } })).toEqual({
        status: 'absent',
      });
      expect(await revokeRole({ ctx, actor: as(ada), input: { companyId: 'A', email: 'olle@alfa.se', role: 'manager' } })).toEqual({
        status: 'absent',
      });
    });
    it('refuses a non-admin', async () => {
      await expect(
        revokeRole({ ctx, actor: as(olle), input: { companyId: 'A', email: 'ada@alfa.se', role: 'admin' } }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  describe('subscribeChannel', () => {
    const channelRef = (conversationId: string, tenantId = 't1') =>
      store.conversations.upsert({
        conversationId,
        personId: null,
        tenantId,
        conversationType: 'channel',
        serviceUrl: 'https://smba.example/',
        reference: {
          activityId: 'm1',
          conversation: { id: conversationId, conversationType: 'channel' },
          serviceUrl: 'https://smba.example/',
        },
      });

    it('stores the bare channel reference from a thread and subscribes once', async () => {
      await channelRef('19:team@thread.tacv2;messageid=1700');
      const result = await subscribeChannel({
        ctx,
        actor: as(ada),
        input: { companyId: 'A', conversationId: '19:team@thread.tacv2;messageid=1700' },
      });
      expect(result).toEqual({ status: 'subscribed', conversationId: '19:team@thread.tacv2' });
      const stored = await store.conversations.get('19:team@thread.tacv2', null);
      expect(stored?.reference).toEqual({
        conversation: { id: '19:team@thread.tacv2', conversationType: 'channel' },
        serviceUrl: 'https://smba.example/',
      });
      expect(
        (await subscribeChannel({ ctx, actor: as(ada), input: { companyId: 'A', conversationId: '19:team@thread.tacv2' } })).status,
      ).toBe('already');
      expect(await companyAudience({ ctx, companyId: 'A' })).toEqual([{ kind: 'channel', id: '19:team@thread.tacv2' }]);
      expect(
        await unsubscribeChannel({ ctx, actor: as(ada), input: { companyId: 'A', conversationId: '19:team@thread.tacv2;messageid=9' } }),
      ).toEqual({ status: 'unsubscribed' });
    });
    it.each<[string, () => Person, string, unknown]>([
      ['an orderer', () => olle, '19:team@thread.tacv2', ForbiddenError],
      ['the admin of another company', () => bea, '19:team@thread.tacv2', ForbiddenError],
      ['a channel the bot never saw', () => ada, '19:unknown@thread.tacv2', UnknownChannelError],
      ['a channel of another tenant', () => ada, '19:foreign@thread.tacv2', ForbiddenError],
    ])('refuses %s', async (_name, who, conversationId, error) => {
      await channelRef('19:team@thread.tacv2');
      await channelRef('19:foreign@thread.tacv2', 't2');
      await expect(subscribeChannel({ ctx, actor: as(who()), input: { companyId: 'A', conversationId } })).rejects.toBeInstanceOf(error);
      expect(await store.members.channelsOf('A')).toEqual([]);
    });
  });

  describe('who is who', () => {
    it('lists companies with roles, sorted, optionally by role (for "which company?")', async () => {
      await store.members.grant('B', olle.id, 'orderer');
      await store.members.grant('B', olle.id, 'manager');
      expect(await listCompaniesFor({ ctx, actor: as(olle) })).toMatchObject([
        { company: { id: 'A', name: 'Alfa Bygg' }, roles: ['orderer'] },
        { company: { id: 'B', name: 'Beta Bygg' }, roles: ['manager', 'orderer'] },
      ]);
      expect((await listCompaniesFor({ ctx, actor: as(olle), role: 'manager' })).map((c) => c.company.id)).toEqual(['B']);
      expect(await listCompaniesFor({ ctx, actor: as(await meet('nobody', null)) })).toEqual([]);
    });
    it('is a reviewer by configured e-mail, or when acting in the review channel', async () => {
      const rita = await meet('rita', 'Rita@Issuer.example');
      expect((await loadActorRoles({ ctx, actor: as(rita) })).reviewer).toBe(true);
      expect((await loadActorRoles({ ctx, actor: as(olle) })).reviewer).toBe(false);
      expect((await loadActorRoles({ ctx, actor: { ...as(olle), conversationId: '19:review@thread.tacv2;messageid=5' } })).reviewer).toBe(
        true,
      );
      expect((await loadActorRoles({ ctx: { ...ctx, reviewers: undefined }, actor: as(rita) })).reviewer).toBe(false);
      expect(
        (await loadActorRoles({ ctx: { ...ctx, reviewers: { emails: [], channelConversationId: null, everyone: true } }, actor: as(olle) }))
          .reviewer,
      ).toBe(true);
      expect(await reviewerAudience({ ctx })).toEqual([
        { kind: 'person', id: rita.id },
        { kind: 'channel', id: '19:review@thread.tacv2' },
      ]);
    });
    it('tells managers, not the acting manager', async () => {
      const max = await meet('max', 'max@alfa.se');
      const mia = await meet('mia', 'mia@alfa.se');
      await store.members.grant('A', max.id, 'manager');
      await store.members.grant('A', mia.id, 'manager');
      expect((await companyAudience({ ctx, companyId: 'A', exceptPersonId: mia.id })).map((r) => r.id)).toEqual([max.id]);
    });
  });
});
