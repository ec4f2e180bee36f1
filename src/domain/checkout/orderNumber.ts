/** Human-friendly order numbers: `ID06-<year>-<6 digits>`, counted per year from 1. */
export const ORDER_NUMBER_PATTERN = /^ID06-(\d{4})-(\d{6})$/;
export const MAX_ORDERS_PER_YEAR = 999_999;

export function formatOrderNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`not a plausible order year: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_ORDERS_PER_YEAR)
    throw new RangeError(`order sequence out of range: ${sequence}`);
  return `ID06-${year}-${String(sequence).padStart(6, '0')}`;
}

export function parseOrderNumber(text: string): { year: number; sequence: number } | undefined {
  const m = ORDER_NUMBER_PATTERN.exec(text.trim().toUpperCase());
  if (!m || Number(m[2]) === 0) return undefined;
  return { year: Number(m[1]), sequence: Number(m[2]) };
}

/** The order year is the Swedish calendar year: an order at 00:30 on 1 January in Stockholm is the new year's. */
export function orderYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(at));
}
