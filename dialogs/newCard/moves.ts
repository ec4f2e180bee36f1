import { countryName } from '../../src/i18n/countryName';
import { escapeMarkdown } from '../../src/i18n/markdown';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { matchCountry } from '../../src/domain/countries';
import { acceptAnswer, askFor } from './fields';
import { askedFields, clearForEdit, type Draft, type FieldId } from './draft';
import type { Accepted, Answer, FieldEnv } from './fieldTypes';
import type { Asking } from './state';

/** Button values of the dialog's own moves; no answer to any question looks like them. */
export const KEEP_ANSWER = ':keep';
export const GO_BACK = ':back';
export const PHOTO_LATER = ':photo-later';

const KEEP_WORDS = ['keep', 'keep it', 'same', 'unchanged', 'behåll', 'behåll det', 'samma', 'oförändrat'];
/** "I will send the photo later", "skip", "foto senare": anything that says later or skip. */
const LATER_PATTERN = /\b(later|skip|senare|hoppa över)\b/i;

const folded = (text: string) => text.trim().toLowerCase().replace(/[.!]$/, '');

export const saysKeep = (answer: string): boolean => answer === KEEP_ANSWER || KEEP_WORDS.includes(folded(answer));
export const saysPhotoLater = (answer: string): boolean => answer === PHOTO_LATER || LATER_PATTERN.test(answer);

/**
 * The question before this one, for *Back*: the previous field this draft is asked, the photo
 * from its findings, the summary from the edit pick; none before the first question.
 */
export function previousStep(draft: Draft, asking: Asking): Asking | undefined {
  const fields = askedFields(draft);
  if (asking === 'editPick') return 'summary';
  if (asking === 'photoFindings') return 'photo';
  if (asking === 'summary') return fields.at(-1);
  const at = fields.indexOf(asking);
  return at > 0 ? fields[at - 1] : undefined;
}

/** What a field holds now, as the summary shows it (identity numbers masked); none when unanswered. */
export function currentAnswer(field: Exclude<FieldId, 'photo'>, draft: Draft, env: FieldEnv): string | undefined {
  const { t } = env;
  switch (field) {
    case 'nationality':
      return draft.nationality ? countryName(draft.nationality, env.locale) : undefined;
    case 'identityNumber':
      // A document number waiting for its date of birth is not checked yet: only its start is shown.
      return draft.identity?.masked ?? (draft.pendingIdentityInput ? `${draft.pendingIdentityInput.slice(0, 2)}****` : undefined);
    case 'coordinationNumber':
      return draft.coordination === undefined ? undefined : (draft.coordination?.masked ?? t('summary.none'));
    case 'cardType':
      return draft.cardType && t(draft.cardType === 'visitor' ? 'choice.visitor' : 'choice.standard');
    case 'bankId':
      return draft.hasBankId === undefined ? undefined : t(draft.hasBankId ? 'choice.yes' : 'choice.no');
    default:
      return draft[field];
  }
}

/** The current answer as a card shows it: Markdown in a name stays as typed. */
export const shownAnswer = (answer: string): string => escapeMarkdown(answer);

/** What must stay equal for the answers that depend on a field to stay valid. */
function dependedOn(field: FieldId, draft: Draft): unknown {
  if (field === 'nationality') return draft.nationality;
  if (field === 'identityNumber') return [draft.identity?.normalized, draft.pendingIdentityInput];
  if (field === 'dateOfBirth') return draft.dateOfBirth;
  return undefined;
}

/**
 * A new answer to a question that has one (reached with Back or Edit). A changed nationality or
 * number drops what was checked against it (asked next); the same one again keeps everything.
 */
export function reviseAnswer(field: Exclude<FieldId, 'photo'>, answer: Answer, draft: Draft, env: FieldEnv): Accepted {
  const accepted = acceptAnswer(field, answer, clearForEdit(draft, field), env);
  if (!accepted.ok) return accepted;
  const unchanged = JSON.stringify(dependedOn(field, accepted.draft)) === JSON.stringify(dependedOn(field, draft));
  return unchanged && dependedOn(field, draft) !== undefined ? { ok: true, draft } : accepted;
}

/**
 * A clicked answer as the user saw it: the label of the button ("Sweden", "Standard"), never its
 * value ("SE", "standard"). A suggested country after a miss is not among the question's choices:
 * its code is named in the user's language.
 */
export function choiceTitle(field: Exclude<FieldId, 'photo'>, value: string, draft: Draft, env: FieldEnv): string {
  const asked = askFor(field, draft, env).choices?.find((c) => c.value === value);
  if (asked) return asked.title;
  if (field === 'nationality') {
    const match = matchCountry(value);
    if (match.kind === 'exact') return countryName(match.country.code, env.locale);
  }
  // A suggested mobile (+48512345678) as its button showed it: +48 512 345 678.
  if (field === 'mobile' && value.startsWith('+')) return parsePhoneNumberFromString(value)?.formatInternational() ?? value;
  return value;
}
