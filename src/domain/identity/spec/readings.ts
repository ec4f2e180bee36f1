import { TODAY } from './cases';

// Readings of printed identity numbers for the differential test's table of deliberate
// differences: each says which numbers a row is about, written apart from the code under test.
const TODAY_ISO = TODAY.toISOString().slice(0, 10);
export const digitsOf = (input: string): string => input.replace(/\D/g, '');
export const two = (text: string, at: number): number => Number(text.slice(at, at + 2));
const pad = (value: number): string => String(value).padStart(2, '0');
function isRealPastDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.toISOString().slice(0, 10) <= TODAY_ISO;
}

export const swedish = (input: string) => {
  const [, century, yymmdd = '', sign, serial = ''] = /^(\d{2})?(\d{6})([-+])(\d{4})$/.exec(input) ?? [];
  return { century, yymmdd, sign, serial };
};
export const swedishImpossibleCentury = (input: string): boolean => !['18', '19', '20', undefined].includes(swedish(input).century);
export function swedishPlusUnder100(input: string): boolean {
  const { century, yymmdd, sign } = swedish(input);
  return century !== undefined && sign === '+' && TODAY.getUTCFullYear() - Number(century + yymmdd.slice(0, 2)) < 100;
}
/** 10 digits with '-', this year's YY, and a month and day later than today's. */
export function swedishBirthdayLaterThisYear(input: string): boolean {
  const { century, yymmdd, sign } = swedish(input);
  const day = two(yymmdd, 4) > 60 ? two(yymmdd, 4) - 60 : two(yymmdd, 4);
  const thisYear = yymmdd.slice(0, 2) === TODAY_ISO.slice(2, 4);
  return !century && sign === '-' && thisYear && `${yymmdd.slice(2, 4)}-${pad(day)}` > TODAY_ISO.slice(5);
}
export function norwegian1854(input: string): boolean {
  const digits = digitsOf(input);
  const individual = Number(digits.slice(6, 9));
  return two(digits, 4) === 54 && individual >= 500 && individual < 750;
}
export const finnishIndividual = (input: string): number => Number(input.slice(7, 10));
export function estonianDateInvalid(input: string): boolean {
  const lead = Number(input[0]);
  return lead < 1 || lead > 8 || !isRealPastDate(1800 + 100 * Math.floor((lead - 1) / 2) + two(input, 1), two(input, 3), two(input, 5));
}
export function rodneCisloMonth40or90(input: string): boolean {
  const month = two(input, 2);
  return (month > 40 && month <= 52) || month > 90;
}
export function rodneCisloRemainder10(input: string): boolean {
  const digits = digitsOf(input);
  return digits.length === 10 && Number(digits.slice(0, 9)) % 11 === 10 && digits[9] === '0';
}
export function romanianCountyUnlisted(input: string): boolean {
  const county = two(input, 7);
  return !((county >= 1 && county <= 48) || county === 51 || county === 52);
}
export function bulgarianDateInvalid(input: string): boolean {
  const month = two(input, 2);
  const year = (month > 40 ? 2000 : month > 20 ? 1800 : 1900) + two(input, 0);
  return !isRealPastDate(year, month > 20 ? month - (month > 40 ? 40 : 20) : month, two(input, 4));
}
