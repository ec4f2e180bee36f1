import {
  buildErrorReport,
  checkRows,
  DEFAULT_IMPORT_LIMITS,
  describeFileProblem,
  describePhotoProblem,
  findPhotoForRow,
  isTemplateExample,
  parseImportFile,
  type RawRow,
  type RowProblem,
} from '../../import';
import type { Locale } from '../../i18n';
import { t } from '../../i18n';
import { photoMessageKey, processPhoto } from '../../photos';
import type { CartItemInput } from '../../store/ports';
import { facesOf, type Actor, type ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import { cardholderKey, validateRow, type ImportedCardholder } from './validateRow';
import { z } from 'zod';
import { parseInput } from '../parseInput';

export interface ImportCheckResult {
  /** Set when the whole file was refused (wrong type, too many rows, zip bomb, ...). */
  fileProblem?: string;
  jobId?: string;
  fileName: string;
  totalRows: number;
  ready: number;
  withoutPhoto: number;
  /** Ready rows whose photo came with advice (a tilted head, a dark background, ...), shown on their cart line. */
  photosWithAdvice: number;
  problems: RowProblem[];
  hasReport: boolean;
  /** Set when the workbook has more visible sheets than the one read. */
  sheetNote?: string;
  /** The names of the ready people, in sheet order (the card lists the first of them). */
  readyNames: string[];
  /** Rows that are the template's example (Tolvan Tolvansson), skipped: never ordered. */
  exampleRows: number[];
}

export interface CheckImportInput {
  bytes: Buffer;
  fileName: string;
  locale: Locale;
  maxRows?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Parses an uploaded .xlsx/.zip, checks every row like the chat dialog does, runs matched photos
 * through the photo pipeline (bounded concurrency), flags duplicates within the file and against
 * the cart, and keeps the ready rows as a job until the orderer confirms. Nothing enters the cart.
 */
export async function checkImport({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: CheckImportInput;
}): Promise<ImportCheckResult> {
  const owner = await resolveOrderer({ ctx, actor });
  const faces = facesOf(ctx);
  const { locale } = input;
  const limits = { ...DEFAULT_IMPORT_LIMITS, maxRows: input.maxRows ?? DEFAULT_IMPORT_LIMITS.maxRows };
  const parsed = await parseImportFile(input.bytes, input.fileName, limits);
  const base = {
    fileName: input.fileName,
    totalRows: 0,
    ready: 0,
    withoutPhoto: 0,
    photosWithAdvice: 0,
    problems: [],
    hasReport: false,
    readyNames: [],
    exampleRows: [],
  };
  if (!parsed.ok) {
    ctx.log.info(
      { event: 'import.refused', code: parsed.problem.code, ignoredSheets: parsed.ignoredSheets?.length ?? 0 },
      'import file refused',
    );
    const note = sheetNote(parsed.sheetName, parsed.ignoredSheets ?? [], locale);
    return { ...base, fileProblem: [describeFileProblem(parsed.problem, locale), note].filter(Boolean).join(' ') };
  }
  const note = sheetNote(parsed.sheetName, parsed.ignoredSheets, locale);

  // Blind indexes (keyed HMACs): the numbers already in the cart and on orders are never decrypted for this.
  const inCart = await ctx.store.cart.identityIndexes(owner);
  const onOrders = new Map((await ctx.store.orders.openCardholders(owner.companyId)).map((c) => [c.identityIndex, c.orderNumber]));
  const indexOf = (c: Parameters<typeof ctx.store.cart.identityIndexOf>[0]) => ctx.store.cart.identityIndexOf(c);
  const today = ctx.now();
  const validate = async (row: RawRow) => {
    const verdict = validateRow(row, locale, today);
    if (!verdict.ok) return verdict;
    if (inCart.has(indexOf(verdict.value))) {
      return {
        ok: false as const,
        problems: [
          {
            rowNumber: row.rowNumber,
            column: 'national_identity_number' as const,
            code: 'duplicate_in_cart',
            message: t(locale, 'bulk.row.duplicate_in_cart'),
          },
        ],
      };
    }
    const order = onOrders.get(indexOf(verdict.value));
    if (order) {
      return {
        ok: false as const,
        problems: [
          {
            rowNumber: row.rowNumber,
            column: 'national_identity_number' as const,
            code: 'duplicate_in_order',
            message: t(locale, 'bulk.row.duplicate_in_order', { order }),
          },
        ],
      };
    }
    const photo = await photoFor(row, verdict.value);
    if ('problem' in photo) return { ok: false as const, problems: [photo.problem] };
    return { ok: true as const, value: { ...verdict.value, photoId: photo.photoId } };
  };

  const advised = new Set<string>();
  const photoFor = async (row: RawRow, value: ImportedCardholder): Promise<{ photoId: string | null } | { problem: RowProblem }> => {
    if (parsed.kind !== 'zip') return { photoId: null };
    const match = findPhotoForRow(row, parsed.photos, value.identityNumber);
    if ('problem' in match) {
      if (match.problem === 'no_photo') return { photoId: null }; // becomes a "photo needed" cart item
      return {
        problem: {
          rowNumber: row.rowNumber,
          column: 'photo_file',
          code: match.problem,
          message: describePhotoProblem(match.problem, { file: row.values.photo_file ?? '' }, locale),
        },
      };
    }
    const outcome = await processPhoto(match.bytes, { faces });
    if (!outcome.ok) {
      const message = t(locale, photoMessageKey('failure', outcome.failure.code, outcome.failure.params), outcome.failure.params);
      return {
        problem: {
          rowNumber: row.rowNumber,
          column: 'photo_file',
          code: `photo.${outcome.failure.code}`,
          message: `${match.name}: ${message}`,
        },
      };
    }
    const saved = await ctx.store.photos.save({
      ownerPersonId: actor.personId,
      jpeg: outcome.photo,
      thumbnail: outcome.thumbnail,
      findings: outcome.findings,
    });
    if (outcome.findings.length > 0) advised.add(saved.id);
    return { photoId: saved.id };
  };

  // The template's example row left in the sheet is skipped (and said), never checked or ordered.
  const exampleRows = parsed.rows.filter(isTemplateExample).map((r) => r.rowNumber);
  const people = parsed.rows.filter((r) => !exampleRows.includes(r.rowNumber));
  const checked = await checkRows(people, validate, {
    concurrency: 2,
    locale,
    dedupeKey: (value) => cardholderKey(value),
    ...(input.onProgress ? { onProgress: input.onProgress, progressEveryMs: 2000 } : {}),
  });
  const readyRows: CartItemInput[] = checked.ready.map(({ value }) => ({
    ...value,
    coordinationNumber: value.coordinationNumber ?? null,
    manualIdVerification: !value.hasBankId,
  }));
  const report =
    checked.problems.length > 0
      ? await buildErrorReport({ rows: parsed.rows, headerColumns: parsed.headerColumns, problems: checked.problems, locale })
      : null;
  const job = await ctx.store.imports.create({
    companyId: owner.companyId,
    ordererId: owner.ordererId,
    fileName: input.fileName,
    totalRows: parsed.rows.length,
    readyRows,
    problems: checked.problems,
    report,
  });
  ctx.log.info(
    {
      event: 'import.checked',
      jobId: job.id,
      rows: parsed.rows.length,
      ready: readyRows.length,
      problems: checked.problems.length,
      exampleRows: exampleRows.length,
    },
    'import file checked',
  );
  return {
    fileName: input.fileName,
    jobId: job.id,
    totalRows: parsed.rows.length,
    ready: readyRows.length,
    withoutPhoto: readyRows.filter((r) => !r.photoId).length,
    photosWithAdvice: readyRows.filter((r) => r.photoId && advised.has(r.photoId)).length,
    problems: checked.problems,
    hasReport: report !== null,
    ...(note ? { sheetNote: note } : {}),
    readyNames: readyRows.map((r) => `${r.firstName} ${r.lastName}`),
    exampleRows,
  };
}

/** A workbook with more visible sheets: which one was read, and that the others were not. */
function sheetNote(sheet: string | undefined, others: string[], locale: Locale): string {
  if (others.length === 0) return '';
  const shown =
    others.length > 3
      ? `${others
          .slice(0, 3)
          .map((o) => `"${o}"`)
          .join(', ')} … (${others.length})`
      : others.map((o) => `"${o}"`).join(', ');
  return t(locale, 'bulk.file.other_sheets', { sheet: sheet ?? '', others: shown, count: others.length });
}

/** The job id comes from card data: only the actor's own job is found. */
const jobRef = z.object({ jobId: z.string().min(1).max(64) });

export async function confirmImport({ ctx, actor, input }: { ctx: ServiceContext; actor: Actor; input: { jobId: string } }) {
  const { jobId } = parseInput(jobRef, input);
  const owner = await resolveOrderer({ ctx, actor });
  const result = await ctx.store.imports.confirmIntoCart(jobId, owner);
  ctx.log.info({ event: 'import.confirmed', jobId, added: result.added, alreadyConfirmed: result.alreadyConfirmed }, 'import confirmed');
  return result;
}

export async function discardImport({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: { jobId: string };
}): Promise<boolean> {
  const { jobId } = parseInput(jobRef, input);
  const owner = await resolveOrderer({ ctx, actor });
  return ctx.store.imports.discard(jobId, owner);
}
