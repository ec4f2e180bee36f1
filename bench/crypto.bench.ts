/**
 * `npm run bench crypto`: what sealing costs. Per value (an identity number), per photo (a 600x800
 * JPEG and its thumbnail) and per order placement on SQLite, against the same work unsealed in
 * the same run (a cipher that passes values through), plus the bytes each sealed value adds.
 */
import { performance } from 'node:perf_hooks';
import { fieldCipher, randomKeyRing } from '../src/crypto';
import { portraitJpeg } from '../test/photos/fixtures';
import { clearCipher } from './support/clearCipher';
import { storeTurns } from './support/storeTurns';

const cipher = fieldCipher(randomKeyRing());
const at = { table: 'order_items', column: 'identity_number', row: '0b6e0f6c-7f2a-4c59-9a55-2f1f6b3b2f7e' };

function perOp(n: number, work: () => void): number {
  for (let i = 0; i < Math.min(n, 200); i++) work();
  const start = performance.now();
  for (let i = 0; i < n; i++) work();
  return ((performance.now() - start) * 1000) / n;
}

export async function run(): Promise<void> {
  const number = '199001011239';
  const sealed = cipher.sealText(at, number);
  console.log(`identity number: ${number.length} B clear -> ${sealed.length} B sealed (+${sealed.length - number.length} B per value)`);
  console.log(
    `  seal ${perOp(20_000, () => cipher.sealText(at, number)).toFixed(1)} µs, open ${perOp(20_000, () => cipher.openText(at, sealed)).toFixed(1)} µs, blind index ${perOp(20_000, () => cipher.identityIndex('SE', number)).toFixed(1)} µs`,
  );
  const jpeg = await portraitJpeg();
  const photoAt = { table: 'photos', column: 'jpeg', row: at.row };
  const sealedJpeg = cipher.sealBytes(photoAt, jpeg);
  console.log(`photo: ${jpeg.length} B clear -> ${sealedJpeg.length} B sealed (+${sealedJpeg.length - jpeg.length} B)`);
  console.log(
    `  seal ${perOp(500, () => cipher.sealBytes(photoAt, jpeg)).toFixed(1)} µs, open ${perOp(500, () => cipher.openBytes(photoAt, sealedJpeg)).toFixed(1)} µs`,
  );
  const doc = JSON.stringify({
    dialogStack: [
      { id: 'newCard', state: { values: { identityNumber: number, firstName: 'Anna', lastName: 'Berg', email: 'anna@example.com' } } },
    ],
  });
  const stateAt = { table: 'bot_state', column: 'doc', row: 'msteams/conv/user' };
  const sealedDoc = cipher.sealText(stateAt, doc);
  console.log(
    `dialog state (${doc.length} B): +${sealedDoc.length - doc.length} B; seal+open per turn ${perOp(20_000, () => cipher.openText(stateAt, cipher.sealText(stateAt, doc))).toFixed(1)} µs`,
  );
  // Whole turns' database work, sealed against clear in the same run (alternating, so load drifts hit both).
  const clear = clearCipher(cipher);
  const runs: { sealed: Awaited<ReturnType<typeof storeTurns>>[]; clear: Awaited<ReturnType<typeof storeTurns>>[] } = {
    sealed: [],
    clear: [],
  };
  for (let round = 0; round < 3; round++) {
    runs.clear.push(await storeTurns(clear, jpeg, 2_000));
    runs.sealed.push(await storeTurns(cipher, jpeg, 2_000));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [label, key] of [
    ['dialog answer (state read + write)', 'dialogUs'],
    ['two photos + add + place order + photo reads', 'orderUs'],
  ] as const) {
    const s = median(runs.sealed.map((r) => r[key]));
    const c = median(runs.clear.map((r) => r[key]));
    console.log(
      `turn, ${label} on SQLite: sealed ${s.toFixed(0)} µs, clear ${c.toFixed(0)} µs, +${(s - c).toFixed(0)} µs (ratio ${(s / c).toFixed(2)})`,
    );
  }
}
