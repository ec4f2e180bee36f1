import type { CompanyRole } from '../../domain/roles';
import type { TxEffects } from './effects';

export interface CompanyMember {
  personId: string;
  role: CompanyRole;
  name: string | null;
  email: string | null;
}

export interface PendingGrant {
  companyId: string;
  email: string;
  role: CompanyRole;
  grantedBy: string | null;
  createdAt: Date;
}

export interface ChannelSubscription {
  companyId: string;
  conversationId: string;
  tenantId: string;
  subscribedBy: string | null;
  createdAt: Date;
}

/** Company membership: roles, roles granted by e-mail ahead of first contact, and subscribed channels. */
export interface MembershipRepository {
  grant(companyId: string, personId: string, role: CompanyRole, effects?: TxEffects): Promise<'granted' | 'already'>;
  /**
   * Removes a role. Removing the company's last admin is refused atomically (count and delete in
   * one transaction; a PostgreSQL backend locks the company row first).
   */
  revoke(companyId: string, personId: string, role: CompanyRole, effects?: TxEffects): Promise<'revoked' | 'absent' | 'last_admin'>;
  members(companyId: string): Promise<CompanyMember[]>;
  grantPending(grant: Omit<PendingGrant, 'createdAt'>, effects?: TxEffects): Promise<'granted' | 'already'>;
  revokePending(companyId: string, email: string, role: CompanyRole, effects?: TxEffects): Promise<boolean>;
  pendingFor(email: string): Promise<PendingGrant[]>;
  pendingOf(companyId: string): Promise<PendingGrant[]>;
  /** Consumes one pending grant into a role for `personId`; false if it was already consumed or revoked. */
  consumePending(grant: Pick<PendingGrant, 'companyId' | 'email' | 'role'>, personId: string, effects?: TxEffects): Promise<boolean>;
  subscribe(sub: Omit<ChannelSubscription, 'createdAt'>, effects?: TxEffects): Promise<'subscribed' | 'already'>;
  unsubscribe(companyId: string, conversationId: string, effects?: TxEffects): Promise<boolean>;
  channelsOf(companyId: string): Promise<ChannelSubscription[]>;
}
