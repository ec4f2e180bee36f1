import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { makeXlsx } from '../import/helpers';
import { actionData, cardOf, flatten, startHarness, TeamsUser, type Harness } from '../support/botHarness';
import { bigWorkbook } from '../support/bigWorkbook';
import { good, HEADER } from '../support/importRows';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());

async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function sendFile(user: TeamsUser, name: string, bytes: Buffer) {
  const url = harness.connector.addFile(`${user.aadObjectId}-${name}`, bytes, 'application/octet-stream');
  return user.sendAttachment({
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    name,
    content: { downloadUrl: url, fileType: name.split('.').pop() },
  });
}

describe('bulk import in the chat', () => {
  it('offers the template through a signed link that downloads a workbook', async () => {
    const user = new TeamsUser(harness);
    const turn = await user.say('import');
    const card = cardOf(turn.sent.at(-1));
    const link = card.actions.find((a: any) => a.type === 'Action.OpenUrl').url as string;
    expect(link).toMatch(/\/import\/template-en\.xlsx\?exp=\d+&sig=/);
    const local = link.replace(/^https?:\/\/[^/]+/, harness.url);
    const res = await fetch(local);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect((book.worksheets[0]!.getRow(1).values as unknown[]).map(String)).toContain('national_identity_number');
    expect((await fetch(local.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(403);
  });

  it('checks a file in the background, updates one card in place, and adds after confirmation only', async () => {
    const user = new TeamsUser(harness);
    const rows = [
      HEADER,
      ...Array.from({ length: 12 }, (_, i) => good(i)),
      ['Bo1', 'Ek', 'SE', '19900101-1235', 'bo@example.com', '0701234567', 'Standard', 'yes'],
    ];
    const turn = await sendFile(user, 'people.xlsx', await makeXlsx(rows));
    const checking = turn.sent.at(-1)!;
    expect(flatten(checking.body)).toContain('Checking the file');
    const final = await waitFor(
      () =>
        harness.connector.calls.find(
          (c) => c.kind === 'update' && c.activityId === checking.activityId && /Checked 13 rows/.test(flatten(c.body)),
        ),
      'the result card update',
    );
    const card = cardOf(final);
    const text = flatten(final.body);
    expect(text).toContain('Add 12 cardholders to the cart');
    // Column names come from the file: shown as written (Markdown escaped), so `_` is not italics.
    expect(text).toMatch(/14, national\\_identity\\_number: .*check digit/);
    expect(text).toContain('Download the error report');
    expect(JSON.stringify(cardOf((await user.say('cart')).sent[0]))).toContain('Your cart is empty');

    const reportLink = (card.actions as any[])
      .find((a) => a.type === 'Action.OpenUrl' && /report\.xlsx/.test(a.url))
      .url.replace(/^https?:\/\/[^/]+/, harness.url);
    const report = await fetch(reportLink);
    expect(report.status).toBe(200);
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load(Buffer.from(await report.arrayBuffer()) as never);
    expect(sheet.worksheets[0]!.rowCount).toBe(2); // the header and the one row with a problem
    expect(sheet.worksheets[0]!.getRow(2).getCell(5).value).toBe('19900101-****');
    expect(text).not.toContain('19900101-1235');

    const data = actionData(card, { verb: 'import.confirm' });
    const confirmed = await user.click('import.confirm', data);
    expect(JSON.stringify(confirmed.body.value)).toContain('Added 12 cardholders to the cart. The cart now has 12.');
    const gone = await fetch(reportLink);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('This error report was deleted when the import was confirmed or discarded');
    const again = await user.click('import.confirm', data);
    expect(JSON.stringify(again.body.value)).toContain('already added');
    expect(JSON.stringify(cardOf((await user.say('cart')).sent[0]))).toContain('12 cardholders');
  });

  it("refuses a CSV renamed to .xlsx with advice, and another user cannot confirm someone else's job", async () => {
    const user = new TeamsUser(harness);
    const turn = await sendFile(user, 'people.xlsx', Buffer.from('first_name;last_name\nAnna;Berg\n'));
    const update = await waitFor(
      () => harness.connector.calls.find((c) => c.kind === 'update' && c.activityId === turn.sent.at(-1)!.activityId),
      'update',
    );
    expect(flatten(update.body)).toMatch(/text file \(CSV or similar\)/);

    const owner = new TeamsUser(harness);
    const sent = await sendFile(owner, 'ok.xlsx', await makeXlsx([HEADER, good(50)]));
    const result = await waitFor(
      () =>
        harness.connector.calls.find(
          (c) => c.kind === 'update' && c.activityId === sent.sent.at(-1)!.activityId && /Checked 1 row\./.test(flatten(c.body)),
        ),
      'update',
    );
    const thief = new TeamsUser(harness);
    const stolen = await thief.click('import.confirm', actionData(cardOf(result), { verb: 'import.confirm' }));
    expect(JSON.stringify(stolen.body.value)).toContain('already added');
    expect(JSON.stringify(cardOf((await thief.say('cart')).sent[0]))).toContain('Your cart is empty');
  });

  it('refuses a workbook of 100 sheets × 5,000 rows from its first sheet, naming the ignored ones, while the bot keeps answering', async () => {
    const user = new TeamsUser(harness);
    const turn = await sendFile(user, 'huge.xlsx', await bigWorkbook(100, 5000));
    const checking = turn.sent.at(-1)!;
    const healthz: number[] = [];
    let result: ReturnType<typeof harness.connector.calls.find>;
    // /healthz is asked one request after another for as long as the check runs.
    while (
      !(result = harness.connector.calls.find(
        (c) => c.kind === 'update' && c.activityId === checking.activityId && /people/.test(flatten(c.body)),
      ))
    ) {
      healthz.push((await fetch(`${harness.url}/healthz`)).status);
      if (healthz.length > 20_000) throw new Error('no result card');
    }
    const text = flatten(result!.body);
    expect(text).toContain('The sheet has 5000 people; at most 300 can be imported at once.');
    expect(text).toContain(
      'Only the first sheet, "Sheet1", was read; the other visible sheets were ignored: "Sheet2", "Sheet3", "Sheet4" … (99).',
    );
    expect(healthz.length).toBeGreaterThan(0);
    expect(healthz.every((status) => status === 200)).toBe(true);
  }, 120_000);
});
