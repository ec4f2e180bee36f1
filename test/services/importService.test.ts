import { beforeAll, beforeEach, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { checkImport, confirmImport, discardImport } from '../../src/services/import/checkImport';
import { addToCart } from '../../src/services/cart/addToCart';
import { ensureLocalOrderer } from '../../src/services/people/seedLocal';
import type { ServiceContext } from '../../src/services/context';
import { createLogger } from '../../src/logger';
import { makeXlsx, makeZip } from '../import/helpers';
import { portraitJpeg } from '../photos/fixtures';
import { describeStore } from '../support/stores';
import { drawnPortrait } from '../support/faces';

const HEADER = [
  'first_name',
  'last_name',
  'nationality',
  'national_identity_number',
  'email',
  'mobile',
  'card_type',
  'bankid',
  'photo_file',
];
const anna = ['Anna', 'Berg', 'SE', '19900101-1239', 'anna@example.com', '0701234567', 'Standard', 'yes'];
const jan = ['Jan', 'Kowalski', 'PL', '44051401359', 'jan@example.com', '+48512345678', 'Visitor', 'no'];

let photo: Buffer;
beforeAll(async () => {
  photo = await portraitJpeg();
});

describeStore('bulk import service', (backend) => {
  let ctx: ServiceContext;
  let actor: { personId: string; tenantId: string };
  beforeEach(async () => {
    ctx = { store: await backend.open(), now: () => new Date('2026-11-25T12:00:00Z'), log: createLogger('silent'), faces: drawnPortrait() };
    const { person } = await ctx.store.people.upsertSeen({ tenantId: 't', aadObjectId: 'a' });
    await ensureLocalOrderer({ ctx, personId: person.id, tenantId: 't' });
    actor = { personId: person.id, tenantId: 't' };
  });

  const run = (bytes: Buffer, fileName = 'people.xlsx') => checkImport({ ctx, actor, input: { bytes, fileName, locale: 'en' } });

  it('checks a good file, keeps nothing in the cart until confirmed, then adds exactly once', async () => {
    const result = await run(await makeXlsx([HEADER, anna, jan]));
    expect(result).toMatchObject({ totalRows: 2, ready: 2, withoutPhoto: 2, problems: [], hasReport: false });
    expect(await ctx.store.cart.count({ companyId: 'demo-company', ordererId: actor.personId })).toBe(0);
    const first = await confirmImport({ ctx, actor, input: { jobId: result.jobId! } });
    expect(first).toEqual({ added: 2, cartSize: 2, alreadyConfirmed: false });
    const again = await confirmImport({ ctx, actor, input: { jobId: result.jobId! } });
    expect(again).toEqual({ added: 0, cartSize: 2, alreadyConfirmed: true });
    const items = await ctx.store.cart.list({ companyId: 'demo-company', ordererId: actor.personId });
    expect(items.map((i) => [i.identityNumber, i.manualIdVerification, i.photoId])).toEqual([
      ['199001011239', false, null],
      ['44051401359', true, null],
    ]);
  });

  it('reports problems by row and column with an error report, and only ready rows are kept', async () => {
    const result = await run(await makeXlsx([HEADER, anna, ['Jan2', 'Kowalski', 'PL', '44051401358', 'jan@', '1', 'Visitor', 'no']]));
    expect(result.ready).toBe(1);
    expect(result.problems.map((p) => [p.rowNumber, p.column])).toEqual([
      [3, 'first_name'],
      [3, 'national_identity_number'],
      [3, 'email'],
      [3, 'mobile'],
    ]);
    expect(result.hasReport).toBe(true);
    const report = await ctx.store.imports.report(result.jobId!);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(report as never);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const problemsColumn = header.findIndex((h) => /problems/i.test(h));
    expect(problemsColumn).toBeGreaterThan(0);
    // only the row with problems, under its row number in the upload, its number masked everywhere
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(3);
    expect(String(sheet.getRow(2).getCell(problemsColumn).value)).toMatch(/digits/);
    expect(sheet.getRow(2).getCell(header.indexOf('national_identity_number')).value).toBe('4405140****');
    const everywhere = JSON.stringify([result.problems, (await ctx.store.imports.get(result.jobId!))!.problems, sheet.getSheetValues()]);
    expect(everywhere).not.toContain('44051401358');
    expect(everywhere).toContain('4405140****');
  });

  it('deletes the error report when the import is confirmed, or discarded', async () => {
    const file = await makeXlsx([HEADER, anna, ['Bo', 'Ek', 'SE', '19900101-1235', 'bo@example.com', '0701234567', 'Standard', 'yes']]);
    const confirmed = await run(file);
    expect(await ctx.store.imports.report(confirmed.jobId!)).toBeInstanceOf(Buffer);
    await confirmImport({ ctx, actor, input: { jobId: confirmed.jobId! } });
    expect(await ctx.store.imports.report(confirmed.jobId!)).toBeUndefined();
    expect((await ctx.store.imports.get(confirmed.jobId!))!.hasReport).toBe(false);

    const discarded = await run(file);
    expect(await ctx.store.imports.report(discarded.jobId!)).toBeInstanceOf(Buffer);
    expect(await discardImport({ ctx, actor, input: { jobId: discarded.jobId! } })).toBe(true);
    expect(await ctx.store.imports.report(discarded.jobId!)).toBeUndefined();
  });

  it('flags a person who is already in the cart', async () => {
    await addToCart({
      ctx,
      actor,
      input: {
        firstName: 'Anna',
        lastName: 'Berg',
        nationality: 'SE',
        identityScheme: 'se-personnummer',
        identityNumber: '199001011239',
        dateOfBirth: '1990-01-01',
        email: 'anna@example.com',
        mobile: '+46701234567',
        cardType: 'standard',
        hasBankId: true,
        photoId: null,
      },
    });
    const result = await run(await makeXlsx([HEADER, anna, jan]));
    expect(result.ready).toBe(1);
    expect(result.problems).toEqual([expect.objectContaining({ rowNumber: 2, code: 'duplicate_in_cart' })]);
  });

  it('matches ZIP photos by photo_file or identity number, processes them, and names a missing one', async () => {
    const zip = await makeZip([
      {
        name: 'people.xlsx',
        data: await makeXlsx([
          HEADER,
          [...anna, 'anna.jpg'],
          jan,
          ['Eva', 'Ek', 'SE', '19121212-1212', 'eva@example.com', '0701234568', 'Standard', 'yes', 'missing.jpg'],
        ]),
      },
      { name: 'anna.jpg', data: photo },
      { name: '44051401359.jpg', data: photo },
    ]);
    const result = await run(zip, 'bundle.zip');
    expect(result.ready).toBe(2);
    expect(result.withoutPhoto).toBe(0);
    expect(result.problems).toEqual([expect.objectContaining({ rowNumber: 4, column: 'photo_file', code: 'photo_file_missing' })]);
  });

  it('refuses a CSV renamed to .xlsx with advice', async () => {
    const result = await run(Buffer.from('first_name,last_name\nAnna,Berg\n'), 'people.xlsx');
    expect(result.fileProblem).toMatch(/Excel Workbook \(\.xlsx\)/);
    expect(result.jobId).toBeUndefined();
  });

  it('refuses a confirmation from another orderer', async () => {
    const result = await run(await makeXlsx([HEADER, anna]));
    const { person: other } = await ctx.store.people.upsertSeen({ tenantId: 't', aadObjectId: 'b' });
    await ensureLocalOrderer({ ctx, personId: other.id, tenantId: 't' });
    const stolen = await confirmImport({ ctx, actor: { personId: other.id, tenantId: 't' }, input: { jobId: result.jobId! } });
    expect(stolen.added).toBe(0);
    expect(await ctx.store.cart.count({ companyId: 'demo-company', ordererId: other.id })).toBe(0);
  });
});
