import { findCountry } from '../countries';

/**
 * How long a card is valid from activation — a STAND-IN for the issuer's decision, from the
 * simplest rule the reference gives (id06.se "validera din identitet" and the older Nexus order
 * page): a Swedish citizen, or a foreigner with a samordningsnummer, 5 years; an EU/EEA citizen
 * without one, 6 months; anyone else, 3 months. The real issuer reports the date (A1 certificates,
 * residence permits and the 25- and 183-day variants are not modelled). The card type does not
 * change it: the sources give no period per card type.
 */
export type ValidityBasis = 'swedish_or_coordination' | 'eu_eea' | 'other';

export const VALIDITY_MONTHS: Record<ValidityBasis, number> = { swedish_or_coordination: 60, eu_eea: 6, other: 3 };

export function validityBasis(cardholder: { nationality: string; coordinationNumber: string | null }): ValidityBasis {
  const country = findCountry(cardholder.nationality);
  if (country?.code === 'SE' || (cardholder.coordinationNumber ?? '').trim() !== '') return 'swedish_or_coordination';
  return country?.euEea ? 'eu_eea' : 'other';
}

/** The valid-until date for a card activated at `activatedAt` (calendar months, clamped to the month's last day). */
export function validUntil(cardholder: { nationality: string; coordinationNumber: string | null }, activatedAt: Date): Date {
  return addMonths(activatedAt, VALIDITY_MONTHS[validityBasis(cardholder)]);
}

export function addMonths(at: Date, months: number): Date {
  const target = new Date(
    Date.UTC(
      at.getUTCFullYear(),
      at.getUTCMonth() + months,
      1,
      at.getUTCHours(),
      at.getUTCMinutes(),
      at.getUTCSeconds(),
      at.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(at.getUTCDate(), lastDay));
  return target;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Inside the renewal window: at most `windowDays` before the card's end (or past it). */
export function inRenewalWindow(validUntilDate: Date | null | undefined, now: Date, windowDays: number): boolean {
  return !!validUntilDate && validUntilDate.getTime() - now.getTime() <= windowDays * DAY_MS;
}

/** Whether the card's date has passed. */
export const pastValidity = (validUntilDate: Date | null | undefined, now: Date) =>
  !!validUntilDate && validUntilDate.getTime() <= now.getTime();
