import type { FieldCheck } from '../person';

export { checkPostalCode } from './postalCode';

/** A Swedish postal address as printed on a parcel or an invoice. */
export interface PostalAddress {
  /** Company or person the parcel is addressed to. */
  name: string;
  careOf: string | null;
  street: string;
  /** `NNN NN` */
  postalCode: string;
  city: string;
}

export const ADDRESS_LINE_MAX = 60;
export const CITY_MAX = 40;
export const EXPENSE_CODE_MAX = 30;

const fail = (code: string, input: string, extra: Record<string, string | number> = {}): FieldCheck<never> => ({
  ok: false,
  code,
  params: { input, ...extra },
});
const tidy = (raw: string) => raw.normalize('NFC').trim().replace(/\s+/g, ' ');
// Printable text only: no control characters, no markup brackets that would end up on a label.
const PRINTABLE = /^[^\p{C}<>{}]+$/u;

function line(raw: string, field: 'name' | 'care_of' | 'street'): FieldCheck<string> {
  const value = tidy(raw);
  if (value === '') return fail(`address.${field}.empty`, value);
  if ([...value].length > ADDRESS_LINE_MAX) return fail('address.too_long', value, { max: ADDRESS_LINE_MAX });
  if (!PRINTABLE.test(value) || !/\p{L}/u.test(value)) return fail('address.characters', value);
  return { ok: true, value };
}

export const checkAddressName = (raw: string) => line(raw, 'name');
export const checkCareOf = (raw: string) => line(raw, 'care_of');

/** A street address or PO box: letters and (usually) a number, e.g. "Torsgatan 30" or "Box 123". */
export const checkStreet = (raw: string) => line(raw, 'street');

export function checkCity(raw: string): FieldCheck<string> {
  const value = tidy(raw);
  if (value === '') return fail('address.city.empty', value);
  if ([...value].length > CITY_MAX) return fail('address.too_long', value, { max: CITY_MAX });
  if (!/^\p{L}[\p{L}\p{M} .'-]*$/u.test(value)) return fail('address.city.characters', value);
  return { ok: true, value };
}

/** The optional mark on the invoice: at most 30 printable characters, kept as typed. */
export function checkExpenseCode(raw: string): FieldCheck<string> {
  const value = tidy(raw);
  if (value === '') return fail('expense_code.empty', value);
  if ([...value].length > EXPENSE_CODE_MAX)
    return fail('expense_code.too_long', value, { max: EXPENSE_CODE_MAX, length: [...value].length });
  if (!PRINTABLE.test(value)) return fail('expense_code.characters', value);
  return { ok: true, value };
}

/** One line for cards and messages: `Name, c/o X, Street 1, 113 21 City`. */
export function formatAddress(address: PostalAddress): string {
  return [address.name, address.careOf ? `c/o ${address.careOf}` : '', address.street, `${address.postalCode} ${address.city}`]
    .filter(Boolean)
    .join(', ');
}

/** Same address, ignoring case and spacing: saving it again must not duplicate it. */
export function sameAddress(a: PostalAddress, b: PostalAddress): boolean {
  const key = (x: PostalAddress) => [x.name, x.careOf ?? '', x.street, x.postalCode, x.city].map((s) => tidy(s).toLowerCase()).join('|');
  return key(a) === key(b);
}
