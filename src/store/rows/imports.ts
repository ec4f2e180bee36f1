import type { CartItemInput, ImportJob, ImportProblemRecord } from '../ports';

/** Unconfirmed import jobs hold personal data: they do not outlive a day. */
export const IMPORT_JOB_TTL_MS = 24 * 60 * 60 * 1000;

export function toJob(
  row: Omit<ImportJob, 'readyRows' | 'problems' | 'hasReport'> & { readyRows: unknown[]; problems: unknown[]; report: Buffer | null },
): ImportJob {
  return {
    id: row.id,
    companyId: row.companyId,
    ordererId: row.ordererId,
    status: row.status,
    fileName: row.fileName,
    totalRows: row.totalRows,
    readyRows: row.readyRows as CartItemInput[],
    problems: row.problems as ImportProblemRecord[],
    hasReport: row.report !== null,
    createdAt: row.createdAt,
  };
}
