import { matchCountry } from '../../src/domain/countries';
import { checkIdentityNumber, identityFormatParams, identityMessageKey, numberCarriesDateOfBirth } from '../../src/domain/identity';
import { acceptCoordination } from './coordination';
import { checkCardType, checkDateOfBirth, checkEmail, checkMobile, checkName, checkYesNo, type FieldCheck } from '../../src/domain/person';
import type { MessageKey } from '../../src/i18n';
import type { Draft, FieldId } from './draft';
import type { Accepted, Answer, FieldEnv, Question } from './fieldTypes';
import { countryName } from '../../src/i18n/countryName';

export function askFor(field: Exclude<FieldId, 'photo'>, draft: Draft, env: FieldEnv): Question {
  const { t } = env;
  switch (field) {
    case 'identityNumber': {
      if (draft.nationality === 'SE') return { text: t('ask.identityNumber.SE') };
      const country = countryName(draft.nationality, env.locale);
      if (!numberCarriesDateOfBirth(draft.nationality ?? '')) return { text: t('ask.identityNumber.document', { country }) };
      // The scheme by name and form: "the Polish PESEL? Format: 11 digits starting with YYMMDD …".
      const format = identityFormatParams(draft.nationality ?? '');
      const sv = env.locale === 'sv';
      return {
        text: t('ask.identityNumber.other', {
          scheme: sv ? format.schemeSv! : format.scheme!,
          expected: sv ? format.expectedSv! : format.expected!,
        }),
      };
    }
    case 'cardType':
      return {
        text: t('ask.cardType'),
        choices: [
          { title: t('choice.standard'), value: 'standard' },
          { title: t('choice.visitor'), value: 'visitor' },
        ],
      };
    case 'bankId':
      return {
        // What "manual ID verification" will ask of the cardholder, where the orderer decides it.
        text: `${t('ask.bankId')}\n\n${t('manual_id.what')}`,
        choices: [
          { title: t('choice.yes'), value: 'yes' },
          { title: t('choice.no'), value: 'no' },
        ],
      };
    case 'coordinationNumber':
      return { text: t('ask.coordinationNumber'), choices: [{ title: t('choice.no_coordination'), value: 'no' }] };
    default:
      return { text: t(`ask.${field}` as MessageKey) };
  }
}

const refusal = (env: FieldEnv, check: Extract<FieldCheck<unknown>, { ok: false }>): Accepted => ({
  ok: false,
  message: env.t(check.code as MessageKey, check.params),
});

/** Validates a typed or clicked answer for one field and returns the updated draft. */
export function acceptAnswer(field: Exclude<FieldId, 'photo'>, answer: Answer, draft: Draft, env: FieldEnv): Accepted {
  const text = answer.choice ?? answer.text;
  const simple = <T>(check: FieldCheck<T>, apply: (value: T) => Draft): Accepted =>
    check.ok ? { ok: true, draft: apply(check.value) } : refusal(env, check);
  switch (field) {
    case 'firstName':
      return simple(checkName(text), (v) => ({ ...draft, firstName: v }));
    case 'lastName':
      return simple(checkName(text), (v) => ({ ...draft, lastName: v }));
    case 'email':
      return simple(checkEmail(text), (v) => ({ ...draft, email: v }));
    case 'mobile':
      return acceptMobile(text, draft, env);
    case 'cardType':
      return simple(checkCardType(text), (v) => ({ ...draft, cardType: v }));
    case 'bankId':
      return simple(checkYesNo(text), (v) => ({ ...draft, hasBankId: v }));
    case 'nationality':
      return acceptNationality(text, draft, env);
    case 'identityNumber':
      return acceptIdentity(text, draft, env);
    case 'dateOfBirth':
      return acceptDateOfBirth(text, draft, env);
    case 'coordinationNumber':
      return acceptCoordination(text, draft, env);
  }
}

function acceptNationality(text: string, draft: Draft, env: FieldEnv): Accepted {
  const match = matchCountry(text);
  if (match.kind === 'exact') return { ok: true, draft: { ...draft, nationality: match.country.code } };
  if (match.kind === 'suggestion') {
    const names = match.suggestions.map((c) => (env.locale === 'sv' ? c.sv : c.en));
    return {
      ok: false,
      message: env.t('nationality.suggest', { input: text.trim(), suggestions: names.join(env.locale === 'sv' ? ' eller ' : ' or ') }),
      choices: match.suggestions.map((c, i) => ({ title: names[i]!, value: c.code })),
    };
  }
  return { ok: false, message: env.t('nationality.unknown', { input: text.trim() }) };
}

/** A number that is no Swedish mobile but is one in the cardholder's country: its country code is suggested, one click or "yes" away. */
function acceptMobile(text: string, draft: Draft, env: FieldEnv): Accepted {
  const check = checkMobile(text, draft.nationality);
  if (check.ok) return { ok: true, draft: { ...draft, mobile: check.value } };
  if (check.code !== 'mobile.country_code') return refusal(env, check);
  const suggestion = String(check.params.suggestion);
  return {
    ok: false,
    message: env.t('mobile.country_code', {
      input: text.trim(),
      suggestion,
      country: countryName(String(check.params.country), env.locale),
    }),
    choices: [{ title: suggestion, value: String(check.params.e164) }],
  };
}

function acceptIdentity(text: string, draft: Draft, env: FieldEnv): Accepted {
  const result = checkIdentityNumber(draft.nationality ?? '', text, { today: env.today });
  if (result.ok) {
    const identity = {
      scheme: result.scheme,
      normalized: result.normalized,
      masked: result.masked,
      carriesDateOfBirth: result.carriesDateOfBirth,
    };
    return {
      ok: true,
      draft: {
        ...draft,
        identity,
        pendingIdentityInput: undefined,
        dateOfBirth: result.carriesDateOfBirth ? result.dateOfBirth : undefined,
      },
    };
  }
  // A passport or ID-card number is checked together with the date of birth asked next.
  if (result.code === 'dob_required')
    return { ok: true, draft: { ...draft, identity: undefined, pendingIdentityInput: text.trim(), dateOfBirth: undefined } };
  return { ok: false, message: env.t(identityMessageKey(result.code), result.params) };
}

function acceptDateOfBirth(text: string, draft: Draft, env: FieldEnv): Accepted {
  const dob = checkDateOfBirth(text, env.today);
  if (!dob.ok) return refusal(env, dob);
  if (!draft.pendingIdentityInput) return { ok: true, draft: { ...draft, dateOfBirth: dob.value } };
  const result = checkIdentityNumber(draft.nationality ?? '', draft.pendingIdentityInput, { today: env.today, dateOfBirth: dob.value });
  if (!result.ok) return { ok: false, message: env.t(identityMessageKey(result.code), result.params) };
  const identity = { scheme: result.scheme, normalized: result.normalized, masked: result.masked, carriesDateOfBirth: false };
  return { ok: true, draft: { ...draft, identity, pendingIdentityInput: undefined, dateOfBirth: dob.value } };
}
