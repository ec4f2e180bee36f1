import type { CartItemInput, CartOwner } from './cart';

export interface ImportProblemRecord {
  rowNumber: number;
  column: string;
  code: string;
  message: string;
}

export interface ImportJob {
  id: string;
  companyId: string;
  ordererId: string;
  status: 'checked' | 'confirmed' | 'expired';
  fileName: string;
  totalRows: number;
  readyRows: CartItemInput[];
  problems: ImportProblemRecord[];
  hasReport: boolean;
  createdAt: Date;
}

export interface ImportJobRepository {
  create(job: Omit<ImportJob, 'id' | 'status' | 'createdAt' | 'hasReport'> & { report: Buffer | null }): Promise<ImportJob>;
  get(jobId: string): Promise<ImportJob | undefined>;
  report(jobId: string): Promise<Buffer | undefined>;
  /**
   * In one transaction: claims the job (checked -> confirmed) and adds its ready rows to the
   * owner's cart. A second confirmation (double click, old card) adds nothing.
   */
  confirmIntoCart(jobId: string, owner: CartOwner): Promise<{ added: number; cartSize: number; alreadyConfirmed: boolean }>;
  /** Drops an unconfirmed job's rows; false when it was not the owner's open job. */
  discard(jobId: string, owner: CartOwner): Promise<boolean>;
}
