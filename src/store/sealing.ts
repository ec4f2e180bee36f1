import type { FieldCipher } from '../crypto/fieldCipher';
import type { ImportProblemRecord, Order, OrderItem } from './ports';

/**
 * What each table keeps sealed, as both dialects write and read it. Every sealed value is bound
 * to its table, column and row (the associated data), so these helpers take the row's id.
 */
export type CardholderTable = 'cart_items' | 'order_items';

interface CardholderFields {
  id: string;
  nationality: string;
  identityNumber: string;
  coordinationNumber: string | null;
}

/** A cart or order item as stored: numbers sealed, plus the blind index duplicate checks look up. */
export function sealCardholder<T extends CardholderFields>(
  cipher: FieldCipher,
  table: CardholderTable,
  row: T,
): T & { identityIndex: string } {
  return {
    ...row,
    identityNumber: cipher.sealText({ table, column: 'identity_number', row: row.id }, row.identityNumber),
    coordinationNumber: cipher.sealText({ table, column: 'coordination_number', row: row.id }, row.coordinationNumber),
    identityIndex: cipher.identityIndex(row.nationality, row.identityNumber),
  };
}

/** The sealed columns of a cardholder update (an edit in the cart). */
export function sealCardholderUpdate<T extends Omit<CardholderFields, 'id'>>(
  cipher: FieldCipher,
  table: CardholderTable,
  id: string,
  set: T,
): T & { identityIndex: string } {
  const { id: _id, ...sealed } = sealCardholder(cipher, table, { ...set, id });
  return sealed as unknown as T & { identityIndex: string };
}

/** A stored cart or order item with its numbers opened in memory; the blind index stays in the store. */
export function openCardholder<T extends CardholderFields & { identityIndex?: string | null }>(
  cipher: FieldCipher,
  table: CardholderTable,
  row: T,
): Omit<T, 'identityIndex'> {
  const { identityIndex: _index, ...rest } = row;
  return {
    ...rest,
    identityNumber: cipher.openText({ table, column: 'identity_number', row: row.id }, row.identityNumber),
    coordinationNumber: cipher.openText({ table, column: 'coordination_number', row: row.id }, row.coordinationNumber),
  };
}

/** Lifecycle rows (an order item joined with its order), the item's numbers opened. */
export const joinedWith =
  (cipher: FieldCipher) =>
  (rows: { order_items: unknown; orders: unknown }[]): (OrderItem & { order: Order })[] =>
    rows.map((r) => ({ ...(openCardholder(cipher, 'order_items', r.order_items as OrderItem) as OrderItem), order: r.orders as Order }));

export function sealPhoto<T extends { id: string; jpeg: Buffer; thumbnail: Buffer }>(cipher: FieldCipher, row: T): T {
  return {
    ...row,
    jpeg: cipher.sealBytes({ table: 'photos', column: 'jpeg', row: row.id }, row.jpeg),
    thumbnail: cipher.sealBytes({ table: 'photos', column: 'thumbnail', row: row.id }, row.thumbnail),
  };
}

export function openPhoto<T extends { id: string; jpeg: Buffer; thumbnail: Buffer }>(cipher: FieldCipher, row: T): T {
  return {
    ...row,
    jpeg: cipher.openBytes({ table: 'photos', column: 'jpeg', row: row.id }, row.jpeg),
    thumbnail: cipher.openBytes({ table: 'photos', column: 'thumbnail', row: row.id }, row.thumbnail),
  };
}

/** Import jobs: the ready rows, the problems (they quote cell values) and the error report are sealed. */
export function sealImportJob<T extends { id: string; readyRows: unknown[]; problems: unknown[]; report: Buffer | null }>(
  cipher: FieldCipher,
  row: T,
) {
  const at = (column: string) => ({ table: 'import_jobs', column, row: row.id });
  return {
    ...row,
    readyRows: [cipher.sealJson(at('ready_rows'), row.readyRows)] as unknown[],
    problems: [cipher.sealJson(at('problems'), row.problems)] as unknown[],
    report: row.report && cipher.sealBytes(at('report'), row.report),
  };
}

/** A JSON list column's sealed form is a one-element list holding the sealed document. */
export const openJsonList = <T>(cipher: FieldCipher, table: string, column: string, row: string, stored: unknown[]): T[] =>
  stored.length === 1 ? (cipher.openJson<T[] | T>({ table, column, row }, stored[0]) as T[]) : (stored as T[]);

export function openImportJob<T extends { id: string; readyRows: unknown[]; problems: unknown[]; report: Buffer | null }>(
  cipher: FieldCipher,
  row: T,
): T {
  const sealedList = (column: string, stored: unknown[]) => {
    const opened = openJsonList<unknown>(cipher, 'import_jobs', column, row.id, stored);
    // A clear list of one element opens as itself.
    return Array.isArray(opened) ? opened : [opened];
  };
  return {
    ...row,
    readyRows: sealedList('ready_rows', row.readyRows),
    problems: sealedList('problems', row.problems) as ImportProblemRecord[],
    report: row.report && cipher.openBytes({ table: 'import_jobs', column: 'report', row: row.id }, row.report),
  };
}

/**
 * Bot state documents, sealed per row (the storage key) with the row's data key kept between the
 * turn's read and its write (and the next turn's): every turn reads and writes its conversation's row.
 */
export const botStateSealer = (cipher: FieldCipher) => cipher.rowKeyedText('bot_state', 'doc', 10_000);

type Payload = { kind: string; [key: string]: unknown };
/** An outbox payload is sealed whole while it waits; once delivered only `{ kind: 'delivered' }` is kept. */
export const sealPayload = (cipher: FieldCipher, id: string, payload: Payload): Payload =>
  cipher.sealJson({ table: 'outbox', column: 'payload', row: id }, payload) as unknown as Payload;
export const openPayload = (cipher: FieldCipher, id: string, stored: Payload): Payload =>
  cipher.openJson<Payload>({ table: 'outbox', column: 'payload', row: id }, stored);
export const DELIVERED_PAYLOAD: Payload = { kind: 'delivered' };

/** A pending import check: the uploaded file is sealed while it waits for its check. */
export const sealImportCheckFile = (cipher: FieldCipher, id: string, file: Buffer) =>
  cipher.sealBytes({ table: 'import_checks', column: 'file', row: id }, file);
export const openImportCheckFile = (cipher: FieldCipher, id: string, file: Buffer) =>
  cipher.openBytes({ table: 'import_checks', column: 'file', row: id }, file);

/**
 * An order item's numbers replaced by their masked form (retention, erasure): still sealed, so the
 * row reads as before, but the full number is gone; the blind index goes with it.
 */
export function erasedNumbers(
  cipher: FieldCipher,
  row: CardholderFields & { identityScheme: string },
  mask: (number: string, scheme: string) => string,
  at: Date,
) {
  const opened = openCardholder(cipher, 'order_items', row);
  const masked = {
    ...opened,
    identityNumber: mask(opened.identityNumber, row.identityScheme),
    coordinationNumber: opened.coordinationNumber && mask(opened.coordinationNumber, 'se-samordningsnummer'),
  };
  const sealed = sealCardholder(cipher, 'order_items', masked);
  return {
    identityNumber: sealed.identityNumber,
    coordinationNumber: sealed.coordinationNumber,
    identityIndex: null,
    identityErasedAt: at,
  };
}

/** The photo ids the ready rows of pending (unconfirmed) import jobs refer to. */
export function pendingImportPhotoIds(cipher: FieldCipher, jobs: { id: string; readyRows: unknown[] }[]): Set<string> {
  const ids = new Set<string>();
  for (const job of jobs) {
    const opened = openJsonList<{ photoId?: string | null }>(cipher, 'import_jobs', 'ready_rows', job.id, job.readyRows);
    for (const row of Array.isArray(opened) ? opened : [opened]) if (row?.photoId) ids.add(row.photoId);
  }
  return ids;
}
