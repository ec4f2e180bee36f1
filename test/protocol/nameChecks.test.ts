import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeXlsx } from '../import/helpers';
import { flatten, startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';
import { good, HEADER } from '../support/importRows';
import { waitFor } from '../support/waitFor';

/** Names are normalised and checked the same way in the dialog and in the import (src/domain/person.ts). */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());

const said = (r: TurnResult) => r.texts.join('\n');

describe('cardholder names over HTTP', () => {
  it('folds a fullwidth name, refuses look-alike letters and accent stacks saying why, and echoes a long answer only in part', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    const long = `Anna${'!'.repeat(10_000)}`;
    const refusedLong = await user.say(long);
    expect(said(refusedLong)).toContain(`"Anna${'!'.repeat(56)}…" is longer than 50 characters`);
    expect(said(refusedLong).length).toBeLessThan(1_000);
    expect(said(await user.say('\u0410nna'))).toContain('mixes letters of different alphabets');
    expect(said(await user.say('A\u0301\u0302\u0303\u0304nna'))).toContain('more accents than any name');
    expect(said(await user.say('王小明'))).toContain('printed in Latin, Greek or Cyrillic letters only');
    const folded = await user.say('Ａｎｎａ');
    expect(said(folded)).toMatch(/last name/);
  });

  it('refuses the same names in an import file, by row', async () => {
    const user = new TeamsUser(harness);
    const rows = [HEADER, good(0), ['\u0410nna', ...good(1).slice(1)], ['Bo', 'E\u0301\u0302\u0303\u0304k', ...good(2).slice(2)]];
    const url = harness.connector.addFile(`${user.aadObjectId}-names.xlsx`, await makeXlsx(rows), 'application/octet-stream');
    const turn = await user.sendAttachment({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'names.xlsx',
      content: { downloadUrl: url, fileType: 'xlsx' },
    });
    const cardId = turn.sent.at(-1)!.activityId;
    const result = await waitFor(
      [harness.connector.changes],
      () => harness.connector.calls.find((c) => c.kind === 'update' && c.activityId === cardId && /Checked 3 rows/.test(flatten(c.body))),
      'the result card',
    );
    const text = flatten(result.body);
    expect(text).toMatch(/3, first\\_name: .*mixes letters of different alphabets/);
    expect(text).toMatch(/4, last\\_name: .*more accents than any name/);
    expect(text).toContain('Add 1 cardholder to the cart');
  });
});
