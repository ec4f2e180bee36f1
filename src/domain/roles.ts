/**
 * Who may do what, as one pure function. Company roles come from the store; the issuer reviewer
 * flag comes from configuration (reviewer e-mails); the cardholder relation is the item's bound
 * person. A person may hold several roles in several companies.
 */
export type CompanyRole = 'orderer' | 'admin' | 'manager';
export const COMPANY_ROLES: readonly CompanyRole[] = ['orderer', 'admin', 'manager'];

export interface ActorRoles {
  personId: string;
  companies: readonly { companyId: string; role: CompanyRole }[];
  /** Issuer reviewer: reviews every company's orders. */
  reviewer: boolean;
}

export type Resource =
  | { type: 'company'; companyId: string }
  | { type: 'order'; companyId: string; ordererId: string }
  | { type: 'item'; companyId: string; ordererId: string; cardholderPersonId: string | null };

export type Action =
  | 'order.create'
  | 'order.view'
  | 'order.cancel'
  | 'order.review'
  | 'item.decide'
  | 'item.edit'
  | 'item.fulfil'
  | 'card.manage'
  | 'company.view'
  | 'company.manageMembers'
  | 'company.subscribeChannel'
  | 'company.cardholderRights';

const hasRole = (actor: ActorRoles, companyId: string, ...roles: CompanyRole[]) =>
  actor.companies.some((c) => c.companyId === companyId && roles.includes(c.role));

/** Placed the order (and is still an orderer of that company), or administers the company. */
const ownsOrAdmins = (actor: ActorRoles, r: { companyId: string; ordererId: string }) =>
  (r.ordererId === actor.personId && hasRole(actor, r.companyId, 'orderer')) || hasRole(actor, r.companyId, 'admin');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule reads the fields of its own resource type
const RULES: Record<Action, { on: Resource['type']; allow: (actor: ActorRoles, resource: any) => boolean }> = {
  'order.create': { on: 'company', allow: (a, r) => hasRole(a, r.companyId, 'orderer') },
  'order.view': { on: 'order', allow: (a, r) => a.reviewer || ownsOrAdmins(a, r) || hasRole(a, r.companyId, 'manager') },
  'order.cancel': { on: 'order', allow: (a, r) => a.reviewer || ownsOrAdmins(a, r) },
  'order.review': { on: 'order', allow: (a) => a.reviewer },
  // Only the cardholder bound to the item decides; an unbound item (cardholder not reached yet) has nobody.
  'item.decide': { on: 'item', allow: (a, r) => r.cardholderPersonId !== null && r.cardholderPersonId === a.personId },
  'item.edit': { on: 'item', allow: (a, r) => ownsOrAdmins(a, r) },
  'item.fulfil': { on: 'item', allow: (a) => a.reviewer },
  // A card after delivery: block, end, renew or replace. Only the person who ordered it (still an
  // orderer of the company), or the company's admin (the issuer's rule: only the orderer may end a card).
  'card.manage': { on: 'item', allow: (a, r) => ownsOrAdmins(a, r) },
  'company.view': { on: 'company', allow: (a, r) => hasRole(a, r.companyId, 'admin', 'manager') },
  'company.manageMembers': { on: 'company', allow: (a, r) => hasRole(a, r.companyId, 'admin') },
  'company.subscribeChannel': { on: 'company', allow: (a, r) => hasRole(a, r.companyId, 'admin') },
  // A cardholder's export or erasure: the company's admin, or the issuer's reviewer.
  'company.cardholderRights': { on: 'company', allow: (a, r) => a.reviewer || hasRole(a, r.companyId, 'admin') },
};

export function can(actor: ActorRoles, action: Action, resource: Resource): boolean {
  const rule = RULES[action];
  return rule.on === resource.type && rule.allow(actor, resource);
}

/** Issuer reviewers are configured by e-mail; matched case-insensitively on e-mail or UPN. */
export function isReviewer(person: { email: string | null; upn: string | null }, reviewerEmails: readonly string[]): boolean {
  const wanted = new Set(reviewerEmails.map(normaliseEmail));
  return [person.email, person.upn].some((e) => e !== null && wanted.has(normaliseEmail(e)));
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Which of a company's orders someone may list: every order for its admins and managers (managers
 * read-only), their own for its orderers, none otherwise. The same rule as `order.view`, for a list.
 */
export function orderListScope(actor: ActorRoles, companyId: string): 'all' | 'own' | null {
  if (hasRole(actor, companyId, 'admin', 'manager')) return 'all';
  if (hasRole(actor, companyId, 'orderer')) return 'own';
  return null;
}
