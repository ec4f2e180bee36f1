import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { makeXlsx } from '../import/helpers';
import { actionData, cardOf, flatten, startHarness, TeamsUser, type Harness } from '../support/botHarness';
import { good, HEADER } from '../support/importRows';
import { waitForCall } from '../support/photoFlow';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());

function sendFile(user: TeamsUser, name: string, bytes: Buffer) {
  const url = harness.connector.addFile(`${user.aadObjectId}-${name}`, bytes, 'application/octet-stream');
  return user.sendAttachment({
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    name,
    content: { downloadUrl: url, fileType: name.split('.').pop() },
  });
}

/** The result card the "Checking the file" card becomes. */
async function resultOf(user: TeamsUser, name: string, bytes: Buffer) {
  const checking = (await sendFile(user, name, bytes)).sent.at(-1)!;
  return waitForCall(
    harness,
    (c) =>
      c.kind === 'update' &&
      c.activityId === checking.activityId &&
      /Checked \d+ rows\.|No row is ready|Kontrollerade \d+ rader\.|Ingen rad är klar/.test(flatten(c.body)),
  );
}

/** The template as the bot hands it out, with people filled in below its example row. */
async function filledTemplate(user: TeamsUser, people: string[][]): Promise<Buffer> {
  const link = cardOf((await user.say('import')).sent.at(-1)).actions.find((a: any) => a.type === 'Action.OpenUrl').url as string;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await (await fetch(link.replace(/^https?:\/\/[^/]+/, harness.url))).arrayBuffer()) as never);
  const sheet = book.worksheets[0]!;
  const columns = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  people.forEach((person, i) =>
    HEADER.forEach((column, k) => (sheet.getRow(3 + i).getCell(columns.indexOf(column) + 1).value = person[k]!)),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('the import template', () => {
  it('skips its example row and says so, lists the ready people, and orders only them', async () => {
    const user = new TeamsUser(harness);
    const result = await resultOf(user, 'template.xlsx', await filledTemplate(user, [good(0), good(1)]));
    const text = flatten(result.body);
    expect(text).toContain("Row 2 is the template's example (Tolvan Tolvansson, 19121212-1212), so I skipped it");
    expect(text).toContain('Ready: Annaa Berg, Annab Berg.');
    expect(text).toContain('Add 2 cardholders to the cart');
    await user.click('import.confirm', actionData(cardOf(result), { verb: 'import.confirm' }));
    const cart = JSON.stringify(cardOf((await user.say('cart')).sent[0]));
    expect(cart).toContain('Annaa Berg');
    expect(cart).not.toContain('Tolvan');
  });

  it('only the example row: nothing is ready, and the card says why', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    const text = flatten((await resultOf(user, 'mall.xlsx', await filledTemplate(user, []))).body);
    expect(text).toContain('Rad 2 är mallens exempel (Tolvan Tolvansson, 19121212-1212), så jag hoppade över den');
    expect(text).not.toContain('Lägg');
  });

  it('names e-mail among the mandatory columns; a row without one is refused saying so', async () => {
    const user = new TeamsUser(harness);
    const intro = flatten((await user.say('import')).sent.at(-1)!.body);
    expect(intro).toContain('Mandatory columns: first\\_name, last\\_name, nationality, national\\_identity\\_number, email.');
    const withoutEmail = [HEADER.filter((c) => c !== 'email'), good(2).filter((_, i) => HEADER[i] !== 'email')];
    const text = flatten((await resultOf(user, 'no-email.xlsx', await makeXlsx(withoutEmail))).body);
    expect(text).toContain('No row is ready yet');
    expect(text).toMatch(/2, email: email is empty; it is needed for the card/);
  });
});
