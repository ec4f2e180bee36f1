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
