import { describe, expect, it } from 'vitest';
import { ECHO_MAX, t } from './index';

describe('echoes of what the user typed', () => {
  it('cut a long wrong answer short, in characters, with an ellipsis', () => {
    const answer = 'å'.repeat(10_000);
    const message = t('en', 'name.characters', { input: answer });
    expect(message).toBe(`"${'å'.repeat(ECHO_MAX)}…": use letters, spaces, hyphens and apostrophes only.`);
    expect(t('sv', 'nationality.unknown', { input: 'x'.repeat(ECHO_MAX) })).toContain(`"${'x'.repeat(ECHO_MAX)}"`);
  });

  it('leave other parameters whole', () => {
    expect(t('en', 'name.too_long', { input: 'A'.repeat(51), max: 50 })).toContain('50 characters');
  });
});
