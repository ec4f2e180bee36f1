import type { Logger } from '../logger';
import type { MessageKey } from '../i18n';
import { ServiceError, ValidationFailedError } from '../services/errors';

/** The codes of the services' typed failures (src/services/errors.ts). */
export type ServiceErrorCode =
  'not_orderer' | 'validation_failed' | 'settings_missing' | 'forbidden' | 'not_found' | 'last_admin' | 'unknown_channel';

/** Which catalogue message answers which service error; a route overrides single codes. */
export type ErrorMessages = Partial<Record<ServiceErrorCode, MessageKey>>;

/**
 * What every route answers unless it says otherwise. Unknown and forbidden ids get one answer, so
 * ids cannot be probed; codes not listed (and non-service errors) are turn errors.
 */
export const DEFAULT_ERROR_MESSAGES: ErrorMessages = {
  not_orderer: 'error.not_orderer',
  settings_missing: 'checkout.settings_missing',
  forbidden: 'error.bad_card_data',
  not_found: 'error.bad_card_data',
};

/** Codes a missing profile can explain: a role given by e-mail cannot apply while the e-mail is unknown. */
const PROFILE_EXPLAINS: readonly ServiceErrorCode[] = ['not_orderer', 'forbidden', 'not_found'];

export interface ErrorTurn {
  /** The person's member profile (e-mail) is not known yet (TurnPerson.profilePending). */
  profilePending?: boolean;
  /** The clicked verb, the command or the background job, for the log line. */
  what: string | undefined;
}

/**
 * The one mapping from a service error to the message the user sees. The user gets the catalogue
 * sentence only; the detail (validation issues, ids in the error text) goes to the log. Returns
 * undefined for errors that are not the user's to act on: the caller rethrows them.
 */
export function errorMessageKey(
  err: unknown,
  turn: ErrorTurn,
  log: Pick<Logger, 'warn'>,
  overrides: ErrorMessages = {},
): MessageKey | undefined {
  if (!(err instanceof ServiceError)) return undefined;
  const code = err.code as ServiceErrorCode;
  const overridden = overrides[code];
  const key = overridden ?? DEFAULT_ERROR_MESSAGES[code];
  if (!key) return undefined;
  const issues = err instanceof ValidationFailedError ? err.issues : undefined;
  log.warn({ event: 'service.refused', code, what: turn.what?.slice(0, 64), reason: err.message, issues }, 'service refused the request');
  if (!overridden && turn.profilePending && PROFILE_EXPLAINS.includes(code)) return 'error.profile_pending';
  return key;
}
