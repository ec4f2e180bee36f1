import type { CompanyAddress, CompanySettings, DeliveryOption, PostalAddressRecord } from '../ports';

/** Row mappers shared by both dialects (their rows have the same shape). */
export const addressKey = (a: PostalAddressRecord) => [a.name, a.careOf ?? '', a.street, a.postalCode, a.city].map((s) => s.trim().replace(/\s+/g, ' ').toLowerCase()).join('|');

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

export const toSettings = (row: { companyId: string; pricePerCardOre: number; vatRatePercent: number; termsEn: string; termsSv: string; termsVersion: string }): CompanySettings => ({
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
