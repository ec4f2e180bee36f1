import { numberCarriesDateOfBirth } from '../../src/domain/identity';
import { askedFields, FIELD_IDS, type Draft, type FieldId } from './draft';
import type { NewCardEnv } from './deps';
import type { NewCardState } from './state';

/**
 * "Question 3 of 9": the place of a field among the questions this card will really ask. Before
 * the identity number is answered, a date of birth is counted only when the nationality's numbers
 * carry none (a passport number needs one); before the nationality, a Swedish cardholder is assumed.
 */
export function questionProgress(draft: Draft, field: FieldId): { number: number; total: number } | undefined {
  const asked = new Set(askedFields(draft));
  const identityPending = !draft.identity && !draft.pendingIdentityInput;
  if (identityPending && draft.nationality && draft.nationality !== 'SE' && !numberCarriesDateOfBirth(draft.nationality))
    asked.add('dateOfBirth');
  const fields = FIELD_IDS.filter((f) => asked.has(f));
  const index = fields.indexOf(field);
  return index < 0 ? undefined : { number: index + 1, total: fields.length };
}

/** "Question 3 of 9" for the question being asked while the card is first filled in; '' when editing one answer. */
export function progressText(state: NewCardState, env: Pick<NewCardEnv, 't'>): string {
  if (state.editItemId || state.asking === 'summary' || state.asking === 'editPick' || state.asking === 'photoFindings') return '';
  const place = questionProgress(state.draft, state.asking);
  return place ? env.t('progress.question', place) : '';
}
