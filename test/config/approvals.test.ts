import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config';

describe('approval timing configuration', () => {
  it('defaults to reminders after 2 and 5 days and expiry after 14', () => {
    expect(parseConfig({}).approvals).toEqual({ reminderDays: [2, 5], expiryDays: 14 });
  });
  it('parses and sorts the reminder days', () => {
    expect(parseConfig({ APPROVAL_REMINDER_DAYS: ' 7, 1 ', APPROVAL_EXPIRY_DAYS: '10' }).approvals).toEqual({
      reminderDays: [1, 7],
      expiryDays: 10,
    });
    expect(parseConfig({ APPROVAL_REMINDER_DAYS: '' }).approvals.reminderDays).toEqual([]);
  });
  it('refuses bad values, naming the variable', () => {
    expect(() => parseConfig({ APPROVAL_REMINDER_DAYS: '2,soon' })).toThrow(/^APPROVAL_REMINDER_DAYS: /);
    expect(() => parseConfig({ APPROVAL_EXPIRY_DAYS: '0' })).toThrow(/^APPROVAL_EXPIRY_DAYS: must be a positive number of days/);
  });
});

describe('cards in use: end reminders and the renewal window', () => {
  it('defaults to reminders 60 and 14 days before the end, renewal from 90 days before', () => {
    expect(parseConfig({}).cards).toEqual({ endReminderDays: [60, 14], renewalWindowDays: 90 });
  });
  it('sorts the reminder days largest first (the first reminder is the earliest) and refuses bad values, naming the variable', () => {
    expect(parseConfig({ CARD_END_REMINDER_DAYS: '7, 30,90', CARD_RENEWAL_WINDOW_DAYS: '120' }).cards).toEqual({
      endReminderDays: [90, 30, 7],
      renewalWindowDays: 120,
    });
    expect(() => parseConfig({ CARD_END_REMINDER_DAYS: '60,-1' })).toThrow(/^CARD_END_REMINDER_DAYS: /);
    expect(() => parseConfig({ CARD_RENEWAL_WINDOW_DAYS: 'soon' })).toThrow(/^CARD_RENEWAL_WINDOW_DAYS: /);
  });
});
