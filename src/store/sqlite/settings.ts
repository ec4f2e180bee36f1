import { and, asc, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { AddressPurpose, CompanyAddress, PostalAddressRecord, SettingsRepository } from '../ports';
import { addressKey, offerOf, toAddress, toDeliveryOption, toSettings } from '../rows/settings';
import { companyAddresses, companySettings, deliveryOptions } from '../schema';
import { transaction, type Db } from './db';

const listAddresses = (db: Db, companyId: string, purpose: AddressPurpose) =>
  db
    .select()
    .from(companyAddresses)
    .where(and(eq(companyAddresses.companyId, companyId), eq(companyAddresses.purpose, purpose)))
    .orderBy(asc(companyAddresses.createdAt), asc(companyAddresses.id))
    .all()
    .map(toAddress);

/** Synchronous, for use inside another transaction (placing an order saves its new address). */
export function addAddressSync(
  db: Db,
  at: Date,
  companyId: string,
  purpose: AddressPurpose,
  address: PostalAddressRecord,
  id?: string,
): CompanyAddress {
  const same = listAddresses(db, companyId, purpose).find((a) => addressKey(a) === addressKey(address));
  if (same) return same;
  const row = {
    id: id ?? randomUUID(),
    companyId,
    purpose,
    name: address.name,
    careOf: address.careOf,
    street: address.street,
    postalCode: address.postalCode,
    city: address.city,
    createdAt: at,
  };
  db.insert(companyAddresses).values(row).run();
  return toAddress(row);
}

export function sqliteSettings(db: Db, now: () => Date): SettingsRepository {
  const addresses = (companyId: string, purpose: AddressPurpose) => listAddresses(db, companyId, purpose);
  // Built once: the card-type question reads the price on every new card.
  const settingsOf = db
    .select()
    .from(companySettings)
    .where(eq(companySettings.companyId, sql.placeholder('companyId')))
    .prepare();

  return {
    async get(companyId) {
      const row = settingsOf.get({ companyId });
      return row && toSettings(row);
    },
    async ensure(s) {
      db.insert(companySettings)
        .values({
          companyId: s.companyId,
          pricePerCardOre: s.pricePerCardOre,
          vatRatePercent: s.vatRatePercent,
          termsEn: s.terms.en,
          termsSv: s.terms.sv,
          termsVersion: s.termsVersion,
          updatedAt: now(),
        })
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
        .map(toDeliveryOption);
    },
    async ensureDeliveryOption(o) {
      db.insert(deliveryOptions)
        .values({
          id: o.id,
          companyId: o.companyId,
          kind: o.kind,
          titleEn: o.title.en,
          titleSv: o.title.sv,
          descriptionEn: o.description.en,
          descriptionSv: o.description.sv,
          sortOrder: o.sortOrder,
          active: true,
        })
        .onConflictDoNothing()
        .run();
    },
    async addresses(companyId, purpose) {
      return addresses(companyId, purpose);
    },
    async checkoutOffer(companyId) {
      const rows = db
        .select({ settings: companySettings, option: deliveryOptions })
        .from(companySettings)
        .leftJoin(deliveryOptions, and(eq(deliveryOptions.companyId, companySettings.companyId), eq(deliveryOptions.active, true)))
        .where(eq(companySettings.companyId, companyId))
        .orderBy(asc(deliveryOptions.sortOrder), asc(deliveryOptions.id))
        .all();
      const saved = db
        .select()
        .from(companyAddresses)
        .where(eq(companyAddresses.companyId, companyId))
        .orderBy(asc(companyAddresses.createdAt), asc(companyAddresses.id))
        .all();
      return offerOf(rows, saved);
    },
    async addAddress(companyId, purpose, address, id) {
      return transaction(db, () => addAddressSync(db, now(), companyId, purpose, address, id));
    },
  };
}
