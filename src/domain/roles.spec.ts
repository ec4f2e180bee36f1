import { describe, expect, it } from 'vitest';
import { can, isReviewer, type Action, type ActorRoles, type CompanyRole, type Resource } from './roles';

const A = 'company-a';
const B = 'company-b';
const person = (id: string, roles: [string, CompanyRole][] = [], reviewer = false): ActorRoles => ({
  personId: id,
  companies: roles.map(([companyId, role]) => ({ companyId, role })),
  reviewer,
});

const ordererA = person('olle', [[A, 'orderer']]);
const otherOrdererA = person('oskar', [[A, 'orderer']]);
const ordererB = person('bea', [[B, 'orderer']]);
const adminA = person('ada', [[A, 'admin']]);
const managerA = person('max', [[A, 'manager']]);
const reviewer = person('rita', [], true);
const cardholder = person('carl');
const stranger = person('sten');
const multi = person('mia', [
  [A, 'manager'],
  [B, 'admin'],
  [B, 'orderer'],
]);
const formerOrderer = person('olle'); // same person id, orderer role revoked

const companyA: Resource = { type: 'company', companyId: A };
const companyB: Resource = { type: 'company', companyId: B };
const orderA: Resource = { type: 'order', companyId: A, ordererId: 'olle' };
const orderB: Resource = { type: 'order', companyId: B, ordererId: 'bea' };
const itemA: Resource = { type: 'item', companyId: A, ordererId: 'olle', cardholderPersonId: 'carl' };
const unboundItemA: Resource = { type: 'item', companyId: A, ordererId: 'olle', cardholderPersonId: null };

const CASES: [string, ActorRoles, Action, Resource, boolean][] = [
  ['orderer creates for own company', ordererA, 'order.create', companyA, true],
  ['orderer creates for the wrong company', ordererA, 'order.create', companyB, false],
  ['admin is not an orderer by default', adminA, 'order.create', companyA, false],
  ['manager cannot order', managerA, 'order.create', companyA, false],
  ['reviewer cannot order', reviewer, 'order.create', companyA, false],
  ['multi-company person orders where they are orderer', multi, 'order.create', companyB, true],
  ['multi-company person cannot order where only manager', multi, 'order.create', companyA, false],

  ['orderer views own order', ordererA, 'order.view', orderA, true],
  ['another orderer of the company does not see it', otherOrdererA, 'order.view', orderA, false],
  ['orderer of another company does not see it', ordererB, 'order.view', orderA, false],
  ['a former orderer no longer sees it', formerOrderer, 'order.view', orderA, false],
  ['admin views company order', adminA, 'order.view', orderA, true],
  ['manager views company order', managerA, 'order.view', orderA, true],
  ['manager of A does not view an order of B', managerA, 'order.view', orderB, false],
  ['reviewer views any company order', reviewer, 'order.view', orderB, true],
  ['cardholder does not view the order', cardholder, 'order.view', orderA, false],

  ['orderer cancels own order', ordererA, 'order.cancel', orderA, true],
  ['another orderer cannot cancel it', otherOrdererA, 'order.cancel', orderA, false],
  ['admin cancels company order', adminA, 'order.cancel', orderA, true],
  ['manager cannot cancel', managerA, 'order.cancel', orderA, false],
  ['admin of B cannot cancel an order of A', multi, 'order.cancel', orderA, false],
  ['reviewer cancels', reviewer, 'order.cancel', orderA, true],

  ['reviewer reviews company A', reviewer, 'order.review', orderA, true],
  ['reviewer reviews company B', reviewer, 'order.review', orderB, true],
  ['admin cannot review own company', adminA, 'order.review', orderA, false],
  ['orderer cannot review own order', ordererA, 'order.review', orderA, false],

  ['the bound cardholder decides', cardholder, 'item.decide', itemA, true],
  ['the orderer cannot decide for the cardholder', ordererA, 'item.decide', itemA, false],
  ['an admin cannot decide for the cardholder', adminA, 'item.decide', itemA, false],
  ['a reviewer cannot decide for the cardholder', reviewer, 'item.decide', itemA, false],
  ['another person cannot decide', stranger, 'item.decide', itemA, false],
  ['nobody decides an unbound item', cardholder, 'item.decide', unboundItemA, false],

  ['orderer edits own item', ordererA, 'item.edit', itemA, true],
  ['admin edits company item', adminA, 'item.edit', itemA, true],
  ['cardholder cannot edit the item', cardholder, 'item.edit', itemA, false],
  ['other orderer cannot edit', otherOrdererA, 'item.edit', itemA, false],
  ['reviewer marks production', reviewer, 'item.fulfil', itemA, true],
  ['orderer cannot mark production', ordererA, 'item.fulfil', itemA, false],

  ['admin manages members', adminA, 'company.manageMembers', companyA, true],
  ['admin of A cannot manage B', adminA, 'company.manageMembers', companyB, false],
  ['orderer cannot manage members', ordererA, 'company.manageMembers', companyA, false],
  ['manager cannot manage members', managerA, 'company.manageMembers', companyA, false],
  ['reviewer cannot manage members', reviewer, 'company.manageMembers', companyA, false],
  ['multi-company admin manages B', multi, 'company.manageMembers', companyB, true],
  ['admin subscribes a channel', adminA, 'company.subscribeChannel', companyA, true],
  ['manager cannot subscribe a channel', managerA, 'company.subscribeChannel', companyA, false],
  ['admin of B cannot subscribe for A', multi, 'company.subscribeChannel', companyA, false],
  ['manager views the company', managerA, 'company.view', companyA, true],
  ['orderer does not view the company', ordererA, 'company.view', companyA, false],

  ['an action on the wrong kind of resource is refused', adminA, 'company.manageMembers', orderA, false],
  ['a cardholder check on a company is refused', cardholder, 'item.decide', companyA, false],
];

describe('can', () => {
  it.each(CASES)('%s', (_name, actor, action, resource, expected) => {
    expect(can(actor, action, resource)).toBe(expected);
  });
  it('a stranger can do nothing at all', () => {
    const actions: Action[] = [
      'order.create',
      'order.view',
      'order.cancel',
      'order.review',
      'item.decide',
      'item.edit',
      'item.fulfil',
      'company.view',
      'company.manageMembers',
      'company.subscribeChannel',
    ];
    for (const action of actions) for (const r of [companyA, orderA, itemA]) expect(can(stranger, action, r)).toBe(false);
  });
});

describe('isReviewer', () => {
  it.each<[string | null, string | null, boolean]>([
    ['Rita@Issuer.example', null, true],
    [null, 'rita@issuer.example', true],
    ['rita@other.example', 'rita@other.example', false],
    [null, null, false],
  ])('e-mail %s / upn %s -> %s', (email, upn, expected) => {
    expect(isReviewer({ email, upn }, [' rita@ISSUER.example '])).toBe(expected);
  });
});
