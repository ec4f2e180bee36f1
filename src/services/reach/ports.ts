/**
 * How the bot reaches a cardholder it has never met: installing its Teams app for them through
 * Microsoft Graph, or an e-mail with a link to the approval page. Implementations live in
 * src/reach (Graph, SMTP); the use cases here see only these ports.
 */

/** A failed call to Graph or the mail server, reduced to what decides the next step. */
export class ReachFailure extends Error {
  constructor(
    /** HTTP status (or the SMTP reply class as 4xx/5xx); null: no answer (network, timeout). */
    readonly status: number | null,
    readonly code: string | null,
    message: string,
    /** From Retry-After, in ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'ReachFailure';
  }

  /** What to do about it: tell the admin (consent), take the next path (no such user), or retry later. */
  get kind(): 'consent' | 'not_found' | 'retry' | 'refused' {
    if (this.status === 401 || this.status === 403) return 'consent';
    if (this.status === 404) return 'not_found';
    if (this.status === null || this.status === 408 || this.status === 412 || this.status === 429 || this.status >= 500) return 'retry';
    return 'refused';
  }
}

/** A user in the order's tenant, as Graph knows them. */
export interface DirectoryUser {
  id: string;
  displayName: string | null;
  mail: string | null;
  userPrincipalName: string | null;
}

export interface TeamsInstaller {
  /** The user with this address (mail, UPN, or a guest's otherMails); null when there is none. */
  findUser(tenantId: string, email: string): Promise<DirectoryUser | null>;
  /** Installs the bot's app for the user (already installed is fine) and returns the bot's 1:1 chat id with them, if Graph says. */
  install(tenantId: string, userId: string): Promise<{ alreadyInstalled: boolean; chatId: string | null }>;
}

export interface ApprovalMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Throws ReachFailure (`retry` for 4xx replies and no answer, `refused` for 5xx) when the server does not take it. */
  send(mail: ApprovalMail): Promise<void>;
}

/** What the admin must grant, for the one-time consent notice. */
export const GRAPH_PERMISSIONS = ['TeamsAppInstallation.ReadWriteSelfForUser.All', 'User.Read.All', 'AppCatalog.Read.All'] as const;

export interface ReachPorts {
  /** Null: Graph is not configured (no client credentials). */
  teams: TeamsInstaller | null;
  /** Null: no SMTP_URL, so the e-mail path is off. */
  mail: Mailer | null;
  /** The bot's Entra app id (client id), for the consent link. */
  clientId: string | null;
  /** Where an admin grants the permissions for their tenant. */
  consentUrl(tenantId: string): string;
  /** The signed link to the approval page for one reach record, valid until `expiresAt` (no personal data in it). */
  approvalLink(reachId: string, expiresAt: Date): string;
}
