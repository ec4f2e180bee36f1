import { describe, expect, it } from 'vitest';
import { ForbiddenError, LastAdminError, NotAnOrdererError, NotFoundError, ValidationFailedError } from '../../src/services/errors';
import { errorMessageKey } from '../../src/teams/serviceErrors';

function recordingLog() {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: { warn: (fields: Record<string, unknown>) => void lines.push(fields) } as never };
}

describe('service error mapper', () => {
  it('answers the default sentence for a service error code and logs the detail only', () => {
    const { lines, log } = recordingLog();
    expect(errorMessageKey(new NotFoundError('item 123'), { what: 'review.decide' }, log)).toBe('error.bad_card_data');
    expect(errorMessageKey(new NotAnOrdererError(), { what: 'checkout' }, log)).toBe('error.not_orderer');
    expect(lines[0]).toMatchObject({ event: 'service.refused', code: 'not_found', what: 'review.decide', reason: 'not found: item 123' });
  });

  it('lets a route override single codes, and puts validation issues into the log, not the message', () => {
    const { lines, log } = recordingLog();
    const err = new ValidationFailedError(['email: Invalid email address']);
    expect(errorMessageKey(err, { what: 'approval.resend' }, log)).toBeUndefined();
    expect(errorMessageKey(err, { what: 'approval.resend' }, log, { validation_failed: 'orderer.invalid' })).toBe('orderer.invalid');
    expect(errorMessageKey(new ForbiddenError('x'), { what: 'admin.show' }, log, { forbidden: 'admin.not_admin' })).toBe('admin.not_admin');
    expect(lines.find((l) => l.code === 'validation_failed')).toMatchObject({ issues: ['email: Invalid email address'] });
  });

  it('explains refusals with the missing profile while it is pending, unless the route chose its own sentence', () => {
    const { log } = recordingLog();
    expect(errorMessageKey(new NotAnOrdererError(), { profilePending: true, what: 'checkout' }, log)).toBe('error.profile_pending');
    expect(errorMessageKey(new ForbiddenError('x'), { profilePending: true, what: 'approval.decide' }, log)).toBe('error.profile_pending');
    expect(
      errorMessageKey(new ForbiddenError('x'), { profilePending: true, what: 'admin.show' }, log, { forbidden: 'admin.not_admin' }),
    ).toBe('admin.not_admin');
  });

  it("leaves errors that are not the user's to act on to the turn error handler", () => {
    const { lines, log } = recordingLog();
    expect(errorMessageKey(new Error('disk full'), { what: 'cart' }, log)).toBeUndefined();
    expect(errorMessageKey(new LastAdminError(), { what: 'cart' }, log)).toBeUndefined();
    expect(lines).toHaveLength(0);
  });
});
