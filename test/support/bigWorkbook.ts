import type { Readable } from 'node:stream';
import yazl from 'yazl';

const HEADER = ['first_name', 'last_name', 'nationality', 'national_identity_number', 'email', 'mobile', 'card_type', 'bankid'];

/** Row r's values; the same on every sheet, so the shared strings stay small and the sheets many. */
function values(r: number): string[] {
  return [
    `Anna${r}`,
    `Berg${r % 977}`,
    'SE',
    `1990${String((r % 12) + 1).padStart(2, '0')}01-${String(r % 10000).padStart(4, '0')}`,
    `p${r}@example.com`,
    `070${String(r).padStart(7, '0')}`,
    'Standard',
    r % 2 ? 'yes' : 'no',
  ];
}

function sharedStrings(rows: number): { xml: Buffer; index: Map<string, number> } {
  const index = new Map<string, number>();
  for (const text of [...HEADER, ...Array.from({ length: rows }, (_, i) => values(i + 2)).flat()])
    if (!index.has(text)) index.set(text, index.size);
  const items = [...index.keys()].map((text) => `<si><t>${text}</t></si>`).join('');
  return {
    xml: Buffer.from(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${index.size}">${items}</sst>`,
    ),
    index,
  };
}

/** Each sheet's mobile numbers (plain numbers) are its own, so the sheets do not deflate into each other. */
function sheetXml(sheet: number, rows: number, index: Map<string, number>): Buffer {
  const strings = (texts: string[]) => texts.map((text) => `<c t="s"><v>${index.get(text)}</v></c>`).join('');
  const lines = [`<row r="1">${strings(HEADER)}</row>`];
  for (let r = 2; r <= rows + 1; r++) {
    const [first, last, nationality, number, email, , cardType, bankId] = values(r) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    lines.push(
      `<row r="${r}">${strings([first, last, nationality, number, email])}<c><v>${46_700_000_000 + sheet * 7919 * rows + r * 7919}</v></c>${strings([cardType, bankId])}</row>`,
    );
  }
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${lines.join('')}</sheetData></worksheet>`,
  );
}

/**
 * The workbook of the attack in issue 10: `sheets` visible sheets of `rows` people each (about 15 MB for
 * 100 × 5,000). Written as raw parts, so making it takes a second rather than exceljs' minutes.
 */
export async function bigWorkbook(sheets = 100, rows = 5000): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const ids = Array.from({ length: sheets }, (_, i) => i + 1);
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${ids.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '[Content_Types].xml',
  );
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    '_rels/.rels',
  );
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0"?><workbook ${ns}><sheets>${ids.map((i) => `<sheet name="Sheet${i}" sheetId="${i}" r:id="rId${i}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/workbook.xml',
  );
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${ids.map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/_rels/workbook.xml.rels',
  );
  const shared = sharedStrings(rows);
  zip.addBuffer(shared.xml, 'xl/sharedStrings.xml');
  for (const i of ids) zip.addBuffer(sheetXml(i, rows, shared.index), `xl/worksheets/sheet${i}.xml`);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as Readable) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
