import { fileProblem, type FileProblem } from './types';
import { streamXml } from './xmlStream';
import type { SafeZip } from './zip';

export interface WorkbookParts {
  /** the ZIP path of the sheet people fill in: the first visible one */
  sheetPart: string;
  sheetName: string;
  /** other visible sheets, ignored (said so on the card) */
  ignoredSheets: string[];
  sharedStringsPart: string | undefined;
  date1904: boolean;
}

type SheetEntry = { name: string; state: string; relId: string };

/**
 * Reads xl/workbook.xml and its relationships only: which sheet is used, where its XML and the
 * shared strings are, and the date system. The template's hidden list sheet is never the one used.
 */
export async function readWorkbookParts(
  zip: SafeZip,
  files: string[],
): Promise<{ ok: true; value: WorkbookParts } | { ok: false; problem: FileProblem }> {
  const corrupt = { ok: false as const, problem: fileProblem('corrupt_xlsx') };
  const workbookPart = files.find((f) => f.toLowerCase() === 'xl/workbook.xml');
  if (!workbookPart) return corrupt;
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const book = await streamXml(zip, workbookPart, {
    open(name, attrs) {
      if (name === 'sheet') sheets.push({ name: attrs.name ?? '', state: attrs.state ?? 'visible', relId: relationId(attrs) });
      if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
    },
    close() {},
    text() {},
  });
  if (!book.ok) return book.problem === 'malformed' ? corrupt : { ok: false, problem: book.problem };

  const relsPart = files.find((f) => f.toLowerCase() === 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  let sharedStringsPart: string | undefined;
  if (relsPart) {
    const rels = await streamXml(zip, relsPart, {
      open(name, attrs) {
        if (name !== 'Relationship' || !attrs.Id || !attrs.Target) return;
        const target = resolveTarget(attrs.Target);
        targets.set(attrs.Id, target);
        if (/\/sharedStrings$/.test(attrs.Type ?? '')) sharedStringsPart = target;
      },
      close() {},
      text() {},
    });
    if (!rels.ok) return rels.problem === 'malformed' ? corrupt : { ok: false, problem: rels.problem };
  }
  const byLower = new Map(files.map((f) => [f.toLowerCase(), f]));
  const actual = (path: string | undefined) => (path ? byLower.get(path.toLowerCase()) : undefined);
  sharedStringsPart = actual(sharedStringsPart) ?? actual('xl/sharedStrings.xml');

  const visible = sheets.filter((s) => s.state === 'visible');
  const used = visible[0] ?? sheets[0];
  if (!used) return { ok: false, problem: fileProblem('empty_sheet') };
  const sheetPart = actual(targets.get(used.relId));
  if (!sheetPart) return corrupt;
  const ignoredSheets = visible.filter((s) => s !== used).map((s) => s.name);
  return { ok: true, value: { sheetPart, sheetName: used.name, ignoredSheets, sharedStringsPart, date1904 } };
}

/** `r:id`, whatever the relationships namespace prefix is called. */
function relationId(attrs: Record<string, string>): string {
  const key = Object.keys(attrs).find((k) => k === 'id' || k.endsWith(':id'));
  return key ? attrs[key]! : '';
}

/** Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute in the package ("/xl/worksheets/sheet1.xml"). */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
