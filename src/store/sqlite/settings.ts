import { and, asc, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { AddressPurpose, CompanyAddress, DeliveryOption, PostalAddressRecord, SettingsRepository } from '../ports';
import { companyAddresses, companySettings, deliveryOptions } from '../schema';
import type { Db } from './db';

const addressKey = (a: PostalAddressRecord) => [a.name, a.careOf ?? '', a.street, a.postalCode, a.city].map((s) => s.trim().replace(/\s+/g, ' ').toLowerCase()).join('|');

const toAddress = (row: typeof companyAddresses.$inferSelect): CompanyAddress => ({
  id: row.id,
  companyId: row.companyId,
  purpose: row.purpose,
  name: row.name,
  careOf: row.careOf,
  street: row.street,
  postalCode: row.postalCode,
  city: row.city,
});

const listAddresses = (db: Db, companyId: string, purpose: AddressPurpose) =>
  db
    .select()
    .from(companyAddresses)
    .where(and(eq(companyAddresses.companyId, companyId), eq(companyAddresses.purpose, purpose)))
    .orderBy(asc(companyAddresses.createdAt), asc(companyAddresses.id))
    .all()
    .map(toAddress);

/** Synchronous, for use inside another transaction (placing an order saves its new address). */
export function addAddressSync(db: Db, at: Date, companyId: string, purpose: AddressPurpose, address: PostalAddressRecord, id?: string): CompanyAddress {
  const same = listAddresses(db, companyId, purpose).find((a) => addressKey(a) === addressKey(address));
  if (same) return same;
  const row = { id: id ?? randomUUID(), companyId, purpose, name: address.name, careOf: address.careOf, street: address.street, postalCode: address.postalCode, city: address.city, createdAt: at };
  db.insert(companyAddresses).values(row).run();
  return toAddress(row);
}

export function sqliteSettings(db: Db, now: () => Date): SettingsRepository {
  const addresses = (companyId: string, purpose: AddressPurpose) => listAddresses(db, companyId, purpose);

  return {
    async get(companyId) {
      const row = db.select().from(companySettings).where(eq(companySettings.companyId, companyId)).get();
      return (
        row && {
          companyId: row.companyId,
          pricePerCardOre: row.pricePerCardOre,
          vatRatePercent: row.vatRatePercent,
          terms: { en: row.termsEn, sv: row.termsSv },
          termsVersion: row.termsVersion,
        }
      );
    },
    async ensure(s) {
      db.insert(companySettings)
        .values({ companyId: s.companyId, pricePerCardOre: s.pricePerCardOre, vatRatePercent: s.vatRatePercent, termsEn: s.terms.en, termsSv: s.terms.sv, termsVersion: s.termsVersion, updatedAt: now() })
        .onConflictDoNothing()
        .run();
    },
    async deliveryOptions(companyId) {
      return db
        .select()
        .from(deliveryOptions)
        .where(and(eq(deliveryOptions.companyId, companyId), eq(deliveryOptions.active, true)))
        .orderBy(asc(deliveryOptions.sortOrder), asc(deliveryOptions.id))
        .all()
        .map(
          (row): DeliveryOption => ({
            id: row.id,
            companyId: row.companyId,
            kind: row.kind,
            title: { en: row.titleEn, sv: row.titleSv },
            description: { en: row.descriptionEn, sv: row.descriptionSv },
            sortOrder: row.sortOrder,
          }),
        );
    },
    async ensureDeliveryOption(o) {
      db.insert(deliveryOptions)
        .values({ id: o.id, companyId: o.companyId, kind: o.kind, titleEn: o.title.en, titleSv: o.title.sv, descriptionEn: o.description.en, descriptionSv: o.description.sv, sortOrder: o.sortOrder, active: true })
        .onConflictDoNothing()
        .run();
    },
    async addresses(companyId, purpose) {
      return addresses(companyId, purpose);
    },
    async addAddress(companyId, purpose, address, id) {
      return db.transaction(() => addAddressSync(db, now(), companyId, purpose, address, id));
    },
  };
}
