/**
 * Typed failures of use cases. The chat edge maps each to one friendly catalogue message;
 * internal detail goes to the log only.
 */
export abstract class ServiceError extends Error {
  abstract readonly code: string;
}

export class NotAnOrdererError extends ServiceError {
  readonly code = 'not_orderer';
}

export class ValidationFailedError extends ServiceError {
  readonly code = 'validation_failed';
  constructor(readonly issues: string[]) {
    super(`validation failed: ${issues.join('; ')}`);
  }
}

/** The company has no price, terms or delivery options yet: an admin must set them up. */
export class SettingsMissingError extends ServiceError {
  readonly code = 'settings_missing';
}

/** The actor may not do this (wrong role, wrong company, wrong person). Nothing changed. */
export class ForbiddenError extends ServiceError {
  readonly code = 'forbidden';
  constructor(readonly action: string) {
    super(`not allowed: ${action}`);
  }
}

export class NotFoundError extends ServiceError {
  readonly code = 'not_found';
  constructor(readonly what: string) {
    super(`not found: ${what}`);
  }
}

/** A company must keep at least one admin. */
export class LastAdminError extends ServiceError {
  readonly code = 'last_admin';
}

/** The bot has no conversation reference for that channel yet (nobody wrote there since install). */
export class UnknownChannelError extends ServiceError {
  readonly code = 'unknown_channel';
}
