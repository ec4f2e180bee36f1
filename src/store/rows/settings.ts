import type { CheckoutOffer, CompanyAddress, CompanySettings, DeliveryOption, PostalAddressRecord } from '../ports';

/** Row mappers shared by both dialects (their rows have the same shape). */
export const addressKey = (a: PostalAddressRecord) =>
  [a.name, a.careOf ?? '', a.street, a.postalCode, a.city].map((s) => s.trim().replace(/\s+/g, ' ').toLowerCase()).join('|');

export const toAddress = (row: CompanyAddress & { createdAt?: Date }): CompanyAddress => ({
  id: row.id,
  companyId: row.companyId,
  purpose: row.purpose,
  name: row.name,
  careOf: row.careOf,
  street: row.street,
  postalCode: row.postalCode,
  city: row.city,
});

export const toSettings = (row: {
  companyId: string;
  pricePerCardOre: number;
  vatRatePercent: number;
  termsEn: string;
  termsSv: string;
  termsVersion: string;
}): CompanySettings => ({
  companyId: row.companyId,
  pricePerCardOre: row.pricePerCardOre,
  vatRatePercent: row.vatRatePercent,
  terms: { en: row.termsEn, sv: row.termsSv },
  termsVersion: row.termsVersion,
});

export const toDeliveryOption = (row: {
  id: string;
  companyId: string;
  kind: DeliveryOption['kind'];
  titleEn: string;
  titleSv: string;
  descriptionEn: string;
  descriptionSv: string;
  sortOrder: number;
}): DeliveryOption => ({
  id: row.id,
  companyId: row.companyId,
  kind: row.kind,
  title: { en: row.titleEn, sv: row.titleSv },
  description: { en: row.descriptionEn, sv: row.descriptionSv },
  sortOrder: row.sortOrder,
});

type SettingsRow = Parameters<typeof toSettings>[0];
type OptionRow = Parameters<typeof toDeliveryOption>[0];

/** The checkout offer from its two reads: settings joined to their options (one row per option), and the addresses. */
export function offerOf(
  rows: { settings: SettingsRow; option: OptionRow | null }[],
  saved: (CompanyAddress & { createdAt?: Date })[],
): CheckoutOffer {
  const first = rows[0];
  return {
    settings: first && toSettings(first.settings),
    deliveryOptions: rows.flatMap((r) => (r.option ? [toDeliveryOption(r.option)] : [])),
    addresses: saved.map(toAddress),
  };
}
