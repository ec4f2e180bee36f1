import ExcelJS from 'exceljs';
import type { MessageKey } from '../i18n';
import type { BrowsedOrder } from '../services/tab/browseOrders';
import type { TabExportFormat } from './tabContract';
import { statusOf, type TabPresenter } from './tabPresent';

const COLUMNS: { key: MessageKey; width: number }[] = [
  { key: 'tab.col.number', width: 20 },
  { key: 'tab.col.placed', width: 18 },
  { key: 'tab.col.status', width: 24 },
  { key: 'tab.col.next', width: 44 },
  { key: 'tab.col.cards', width: 8 },
  { key: 'tab.col.cardholders', width: 60 },
];

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The filtered list as a file: one row per order, every cardholder named, no identity numbers. */
export async function exportFile(
  format: TabExportFormat,
  orders: BrowsedOrder[],
  p: TabPresenter,
  opts: { at: Date },
): Promise<{ name: string; type: string; bytes: Buffer }> {
  const header = COLUMNS.map((c) => p.t(c.key));
  const rows = orders.map((o) => {
    const status = statusOf(p, o.order, o.items, o.progress);
    return [
      o.order.number,
      stockholm.format(o.order.createdAt),
      status.label,
      status.next,
      o.items.length,
      o.items.map((i) => `${i.firstName} ${i.lastName}`).join(', '),
    ];
  });
  const day = stockholm.format(opts.at).slice(0, 10);
  if (format === 'csv') {
    // A BOM so Excel reads UTF-8 (å, ä, ö); semicolons, as Excel expects in Swedish locales and copes with in English.
    const text = [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n');
    return {
      name: `orders-${day}.csv`,
      type: 'text/csv; charset=utf-8',
      bytes: Buffer.concat([Buffer.from('\ufeff'), Buffer.from(`${text}\r\n`)]),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(p.t('tab.view.orders'));
  sheet.columns = COLUMNS.map((c, i) => ({ header: header[i], width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // Plain values are stored as strings, never as formulas: a name typed as "=HYPERLINK(...)" stays text.
  for (const row of rows) sheet.addRow(row);
  return {
    name: `orders-${day}.xlsx`,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

/** Quoted, and a leading = + - @ (a formula to a spreadsheet) neutralised with an apostrophe. */
function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}
