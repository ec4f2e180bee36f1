import { and, asc, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { AddressPurpose, PostalAddressRecord, SettingsRepository } from '../ports';
import { addressKey, offerOf, toAddress, toDeliveryOption, toSettings } from '../rows/settings';
import { companyAddresses, companySettings, deliveryOptions } from './schema';
import { transaction, type PgDb, type PgExec } from './db';

const listAddresses = async (db: PgExec, companyId: string, purpose: AddressPurpose) =>
  (
    await db
      .select()
      .from(companyAddresses)
      .where(and(eq(companyAddresses.companyId, companyId), eq(companyAddresses.purpose, purpose)))
      .orderBy(asc(companyAddresses.createdAt), asc(companyAddresses.id))
  ).map(toAddress);

/** For use inside another transaction (placing an order saves its new address). */
export async function addAddressIn(
  tx: PgExec,
  at: Date,
  companyId: string,
  purpose: AddressPurpose,
  address: PostalAddressRecord,
  id?: string,
) {
  const same = (await listAddresses(tx, companyId, purpose)).find((a) => addressKey(a) === addressKey(address));
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
  await tx.insert(companyAddresses).values(row);
  return toAddress(row);
}

export function pgSettings(db: PgDb, now: () => Date): SettingsRepository {
  return {
    async get(companyId) {
      const [row] = await db.select().from(companySettings).where(eq(companySettings.companyId, companyId));
      return row && toSettings(row);
    },
    async ensure(s) {
      await db
        .insert(companySettings)
        .values({
          companyId: s.companyId,
          pricePerCardOre: s.pricePerCardOre,
          vatRatePercent: s.vatRatePercent,
          termsEn: s.terms.en,
          termsSv: s.terms.sv,
          termsVersion: s.termsVersion,
          updatedAt: now(),
        })
        .onConflictDoNothing();
    },
    async deliveryOptions(companyId) {
      const rows = await db
        .select()
        .from(deliveryOptions)
        .where(and(eq(deliveryOptions.companyId, companyId), eq(deliveryOptions.active, true)))
        .orderBy(asc(deliveryOptions.sortOrder), asc(deliveryOptions.id));
      return rows.map(toDeliveryOption);
    },
    async ensureDeliveryOption(o) {
      await db
        .insert(deliveryOptions)
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
        .onConflictDoNothing();
    },
    async addresses(companyId, purpose) {
      return listAddresses(db, companyId, purpose);
    },
    async checkoutOffer(companyId) {
      const [rows, saved] = await Promise.all([
        db
          .select({ settings: companySettings, option: deliveryOptions })
          .from(companySettings)
          .leftJoin(deliveryOptions, and(eq(deliveryOptions.companyId, companySettings.companyId), eq(deliveryOptions.active, true)))
          .where(eq(companySettings.companyId, companyId))
          .orderBy(asc(deliveryOptions.sortOrder), asc(deliveryOptions.id)),
        db
          .select()
          .from(companyAddresses)
          .where(eq(companyAddresses.companyId, companyId))
          .orderBy(asc(companyAddresses.createdAt), asc(companyAddresses.id)),
      ]);
      return offerOf(rows, saved);
    },
    async addAddress(companyId, purpose, address, id) {
      // Two instances adding the same address at once: the company row lock makes the second see the first.
      return transaction(db, async (tx) => {
        await tx.execute(sql`SELECT 1 FROM companies WHERE id = ${companyId} FOR UPDATE`);
        return addAddressIn(tx, now(), companyId, purpose, address, id);
      });
    },
  };
}
