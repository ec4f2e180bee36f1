import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config';

describe('approval timing configuration', () => {
  it('defaults to reminders after 2 and 5 days and expiry after 14', () => {
    expect(parseConfig({}).approvals).toEqual({ reminderDays: [2, 5], expiryDays: 14 });
  });
  it('parses and sorts the reminder days', () => {
    expect(parseConfig({ APPROVAL_REMINDER_DAYS: ' 7, 1 ', APPROVAL_EXPIRY_DAYS: '10' }).approvals).toEqual({ reminderDays: [1, 7], expiryDays: 10 });
    expect(parseConfig({ APPROVAL_REMINDER_DAYS: '' }).approvals.reminderDays).toEqual([]);
  });
  it('refuses bad values, naming the variable', () => {
    expect(() => parseConfig({ APPROVAL_REMINDER_DAYS: '2,soon' })).toThrow(/^APPROVAL_REMINDER_DAYS: /);
    expect(() => parseConfig({ APPROVAL_EXPIRY_DAYS: '0' })).toThrow(/^APPROVAL_EXPIRY_DAYS: must be a positive number of days/);
  });
});
