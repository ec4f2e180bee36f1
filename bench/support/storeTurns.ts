import { performance } from 'node:perf_hooks';
import type { FieldCipher } from '../../src/crypto/fieldCipher';
import { cartEntries } from '../../src/store/cartVersion';
import { createSqliteStore } from '../../src/store/sqlite';
import { placementOf } from '../../test/support/placeOrder';
import { tempDir } from '../../test/support/tmp';

const DRAFT = {
  dialogStack: [
    {
      id: 'newCard',
      state: {
        values: {
          firstName: 'Anna',
          lastName: 'Berg',
          nationality: 'SE',
          identityNumber: '199001011239',
          email: 'anna@example.com',
          mobile: '+46701234567',
        },
      },
    },
  ],
};

/**
 * The database work of two kinds of turn on SQLite, per turn in µs: a dialog answer (read and
 * write the conversation's dialog state) and a photo turn + confirm (save a photo, add two items,
 * place the order, read the photo back for the review card).
 */
export async function storeTurns(cipher: FieldCipher, jpeg: Buffer, turns: number): Promise<{ dialogUs: number; orderUs: number }> {
  const dir = tempDir('id06-bench-crypto-');
  const store = createSqliteStore(dir.file('bench.sqlite'), () => new Date(), cipher);
  try {
    const { person } = await store.people.upsertSeen({ tenantId: 't', aadObjectId: 'orderer' });
    const company = await store.companies.create({ tenantId: 't', name: 'Bygg AB', orgNumber: null });
    const owner = { companyId: company.id, ordererId: person.id };
    const time = async (n: number, turn: (i: number) => Promise<void>) => {
      for (let i = 0; i < Math.min(20, n); i++) await turn(-i - 1);
      const start = performance.now();
      for (let i = 0; i < n; i++) await turn(i);
      return ((performance.now() - start) * 1000) / n;
    };
    const dialogUs = await time(turns, async (i) => {
      const key = `msteams/conv-${i % 50}`;
      const read = await store.botState.read([key]);
      await store.botState.write({ [key]: { ...DRAFT, eTag: read[key]?.eTag ?? '*' } });
    });
    const orderUs = await time(Math.ceil(turns / 20), async (i) => {
      for (const firstName of ['Anna', 'Bo']) {
        const photo = await store.photos.save({ ownerPersonId: person.id, jpeg, thumbnail: jpeg.subarray(0, 8_000), findings: [] });
        await store.cart.add(owner, {
          ...DRAFT.dialogStack[0]!.state.values,
          firstName,
          identityScheme: 'se-personnummer',
          coordinationNumber: null,
          dateOfBirth: '1990-01-01',
          cardType: 'standard',
          hasBankId: true,
          manualIdVerification: false,
          photoId: photo.id,
        });
      }
      const checkout = await store.checkouts.open(owner);
      await store.checkouts.recordSummary(owner, checkout.id, cartEntries(await store.cart.list(owner)));
      const placed = await store.orders.place(await placementOf(store, owner, checkout.id, { year: 2100 + (Math.abs(i) % 800) }));
      if (placed.kind !== 'placed') throw new Error(placed.kind);
      for (const item of await store.orders.items(placed.order.id)) await store.photos.get(item.photoId);
    });
    return { dialogUs, orderUs };
  } finally {
    await store.close();
    dir.cleanup();
  }
}
