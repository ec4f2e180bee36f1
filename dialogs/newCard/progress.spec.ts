import { describe, expect, it } from 'vitest';
import { questionProgress } from './progress';

const identity = (carriesDateOfBirth: boolean) => ({ scheme: 'x', normalized: 'x', masked: 'x', carriesDateOfBirth });

describe('questionProgress counts the questions this card will really ask', () => {
  it.each([
    ['a first question, nationality not known yet (Swedish assumed)', {}, 'firstName', [1, 9]],
    ['a Swedish cardholder', { nationality: 'SE' }, 'photo', [9, 9]],
    ['a Polish cardholder (PESEL carries the date of birth; samordningsnummer asked)', { nationality: 'PL' }, 'identityNumber', [4, 10]],
    ['a country without a checkable number: the date of birth is counted before the number', { nationality: 'GB' }, 'photo', [11, 11]],
    ['a number that carried its date of birth', { nationality: 'PL', identity: identity(true) }, 'coordinationNumber', [5, 10]],
    ['a passport number waiting for its date of birth', { nationality: 'GB', pendingIdentityInput: 'X1' }, 'dateOfBirth', [5, 11]],
  ] as const)('%s', (_name, draft, field, [number, total]) => {
    expect(questionProgress(draft, field)).toEqual({ number, total });
  });

  it('has no number for a question this card does not ask', () => {
    expect(questionProgress({ nationality: 'SE' }, 'coordinationNumber')).toBeUndefined();
  });
});
