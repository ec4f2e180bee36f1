/** Rows for import files built in tests: a header and valid Swedish cardholders. */
export const HEADER = ['first_name', 'last_name', 'nationality', 'national_identity_number', 'email', 'mobile', 'card_type', 'bankid'];

export const good = (i: number) => [
  `Anna${'abcdefghij'[i % 10]}`,
  'Berg',
  'SE',
  personnummer(i),
  `a${i}@example.com`,
  '0701234567',
  'Standard',
  'yes',
];

/** Valid Swedish personnummer 1990-01-01 with birth numbers 100+i (Luhn computed). */
export function personnummer(i: number): string {
  const ten = `900101${String(100 + i).padStart(3, '0')}`;
  const sum = [...ten].reduce((acc, d, k) => {
    const v = Number(d) * (k % 2 === 0 ? 2 : 1);
    return acc + (v > 9 ? v - 9 : v);
  }, 0);
  return `19${ten}${(10 - (sum % 10)) % 10}`;
}

/** A row whose identity number fails the check digit. */
export const badCheckDigit = ['Bo', 'Ek', 'SE', '19900101-1235', 'bo@example.com', '0701234567', 'Standard', 'yes'];
