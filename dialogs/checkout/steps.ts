import type { Choice } from '../../cards/question';
import {
  checkAddressName,
  checkCareOf,
  checkCity,
  checkExpenseCode,
  checkPostalCode,
  checkStreet,
  formatAddress,
  type PostalAddress,
} from '../../src/domain/checkout/address';
import { checkMobile, checkName, checkYesNo, type FieldCheck } from '../../src/domain/person';
import type { Locale, MessageKey, Translate } from '../../src/i18n';
import type { CheckoutOptions } from '../../src/services/checkout/checkoutOptions';
import type { CompanyAddress } from '../../src/store/ports';
import { pricePerCardText } from '../../src/chat/priceText';
import { meansAccept, meansNone, pickChoice } from './choices';
import { chosenDelivery, MAX_RECIPIENTS, type CheckoutDraft, type CheckoutStep } from './draft';

export interface StepEnv {
  t: Translate;
  locale: Locale;
  options: CheckoutOptions;
  /** The orderer's name from Teams, for the "Me" recipient. */
  ordererName: string | null;
}

export interface StepQuestion {
  text: string;
  choices?: Choice[];
}

export type StepAnswer = { ok: true; draft: CheckoutDraft } | { ok: false; message: string; choices?: Choice[] };

const addressChoices = (list: CompanyAddress[]) => list.map((a) => ({ title: `${a.street}, ${a.postalCode} ${a.city}`, value: a.id }));
const addressList = (list: CompanyAddress[]) => list.map((a, i) => `${i + 1}. ${formatAddress(a)}`).join('\n\n');
const yesNo = (t: Translate) => [
  { title: t('choice.yes'), value: 'yes' },
  { title: t('choice.no'), value: 'no' },
];
export const recipientList = (draft: CheckoutDraft) => draft.recipients.map((r) => `${r.name} (${r.mobile})`).join(', ');

export function questionFor(step: CheckoutStep, draft: CheckoutDraft, env: StepEnv): StepQuestion {
  const { t, locale, options } = env;
  // A pick-up has no parcel and no courier: the recipients are the people who collect the cards.
  const pickup = chosenDelivery(draft, options)?.kind === 'pickup';
  switch (step) {
    case 'delivery':
      return {
        // The order's total has no delivery charge: each option says so, with the price per card, before the summary.
        text: [
          t('ask.delivery'),
          ...options.deliveryOptions.map(
            (o, i) => `${i + 1}. **${o.title[locale]}**: ${o.description[locale].replace(/\.$/, '')}. ${t('delivery.no_extra')}`,
          ),
          t('delivery.price', { price: pricePerCardText(t, locale, options.settings) }),
        ].join('\n\n'),
        choices: options.deliveryOptions.map((o) => ({ title: o.title[locale], value: o.id })),
      };
    case 'address':
      return {
        text: `${t('ask.address')}\n\n${addressList(options.deliveryAddresses)}`,
        choices: [...addressChoices(options.deliveryAddresses), { title: t('choice.new_address'), value: 'new' }],
      };
    case 'address.careOf':
      return { text: t('ask.address.careOf'), choices: [{ title: t('choice.no_care_of'), value: 'none' }] };
    case 'address.save':
      return { text: `${t('ask.address.save')}\n\n${formatAddress(draft.newAddress as PostalAddress)}`, choices: yesNo(t) };
    case 'recipient':
      return {
        text: t(pickup ? 'ask.pickup' : 'ask.recipient'),
        choices: [
          ...(env.ordererName ? [{ title: t('choice.me', { name: env.ordererName }), value: 'me' }] : []),
          { title: t('choice.someone_else'), value: 'other' },
        ],
      };
    case 'recipient.mobile':
      return { text: t('ask.recipient.mobile', { name: draft.pendingRecipient?.name ?? '' }) };
    case 'recipient.more':
      return {
        text: t(pickup ? 'ask.pickup.more' : 'ask.recipient.more', { list: recipientList(draft) }),
        choices: [
          { title: t('choice.continue'), value: 'done' },
          { title: t('choice.add_recipient'), value: 'add' },
        ],
      };
    case 'recipient.name':
      return { text: t(pickup ? 'ask.pickup.name' : 'ask.recipient.name') };
    case 'expenseCode':
      return { text: t('ask.expenseCode'), choices: [{ title: t('choice.no_expense_code'), value: 'none' }] };
    case 'invoice':
      return { text: `${t('ask.invoice')}\n\n${addressList(options.invoiceAddresses)}`, choices: addressChoices(options.invoiceAddresses) };
    case 'terms':
      return {
        text: t('ask.terms', { terms: options.settings.terms[locale] }),
        choices: [
          { title: t('choice.accept_terms'), value: 'accept' },
          { title: t('choice.decline_terms'), value: 'decline' },
        ],
      };
    default:
      return { text: t(`ask.${step}` as MessageKey) };
  }
}

/** Validates the answer to one step (button value or typed text) and returns the updated draft. */
export function acceptStep(step: CheckoutStep, text: string, draft: CheckoutDraft, env: StepEnv): StepAnswer {
  const { t } = env;
  const question = questionFor(step, draft, env);
  const unknown = (): StepAnswer => ({ ok: false, message: t('choice.unknown', { input: text.trim() }), choices: question.choices });
  const refuse = (check: Extract<FieldCheck<unknown>, { ok: false }>): StepAnswer => ({
    ok: false,
    message: t(check.code as MessageKey, check.params),
  });
  const field = <T>(check: FieldCheck<T>, apply: (v: T) => CheckoutDraft): StepAnswer =>
    check.ok ? { ok: true, draft: apply(check.value) } : refuse(check);
  const typedAddress = (patch: Partial<PostalAddress>) => ({ ...draft, newAddress: { ...draft.newAddress, ...patch } });
  const picked = question.choices ? pickChoice(text, question.choices) : undefined;

  switch (step) {
    case 'delivery':
      return picked ? { ok: true, draft: { ...draft, deliveryOptionId: picked.value } } : unknown();
    case 'address':
      if (!picked) return unknown();
      return {
        ok: true,
        draft:
          picked.value === 'new' ? { ...draft, newAddress: {} } : { ...draft, address: { savedId: picked.value }, newAddress: undefined },
      };
    case 'address.name':
      return field(checkAddressName(text), (name) => typedAddress({ name }));
    case 'address.careOf':
      if (meansNone(text, t('choice.no_care_of'))) return { ok: true, draft: typedAddress({ careOf: null }) };
      return field(checkCareOf(text), (careOf) => typedAddress({ careOf }));
    case 'address.street':
      return field(checkStreet(text), (street) => typedAddress({ street }));
    case 'address.postalCode':
      return field(checkPostalCode(text), (postalCode) => typedAddress({ postalCode }));
    case 'address.city':
      return field(checkCity(text), (city) => typedAddress({ city }));
    case 'address.save':
      return field(checkYesNo(text), (save) => ({
        ...draft,
        address: { typed: draft.newAddress as PostalAddress, save },
        newAddress: undefined,
      }));
    case 'recipient': {
      if (picked?.value === 'me' || (env.ordererName && ['me', 'jag', 'mig'].includes(text.trim().toLowerCase())))
        return { ok: true, draft: { ...draft, pendingRecipient: { name: env.ordererName ?? undefined } } };
      if (picked?.value === 'other') return { ok: true, draft: { ...draft, pendingRecipient: {} } };
      // A typed name is taken as "someone else" with that name.
      const name = checkName(text);
      return name.ok ? { ok: true, draft: { ...draft, pendingRecipient: { name: name.value } } } : unknown();
    }
    case 'recipient.name':
      return field(checkName(text), (name) => ({ ...draft, pendingRecipient: { name } }));
    case 'recipient.mobile':
      return field(checkMobile(text), (mobile) => {
        const recipients = [...draft.recipients, { name: draft.pendingRecipient?.name ?? '', mobile }];
        return {
          ...draft,
          recipients,
          pendingRecipient: undefined,
          recipientsDone: recipients.length >= MAX_RECIPIENTS ? true : undefined,
        };
      });
    case 'recipient.more': {
      const yes = checkYesNo(text);
      const value = picked?.value ?? (yes.ok ? (yes.value ? 'add' : 'done') : undefined);
      if (value === 'done') return { ok: true, draft: { ...draft, recipientsDone: true } };
      if (value === 'add') return { ok: true, draft: { ...draft, pendingRecipient: {} } };
      return unknown();
    }
    case 'expenseCode':
      if (meansNone(text, t('choice.no_expense_code'))) return { ok: true, draft: { ...draft, expenseCode: null } };
      return field(checkExpenseCode(text), (expenseCode) => ({ ...draft, expenseCode }));
    case 'invoice':
      return picked ? { ok: true, draft: { ...draft, invoiceAddressId: picked.value } } : unknown();
    case 'terms':
      if (picked?.value === 'accept' || meansAccept(text, t('choice.accept_terms')))
        return { ok: true, draft: { ...draft, acceptedTermsVersion: env.options.settings.termsVersion } };
      return { ok: false, message: t('terms.refused'), choices: question.choices };
  }
}
