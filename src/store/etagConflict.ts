/** Thrown on an eTag mismatch, with botbuilder's MemoryStorage wording (both dialects). */
export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}
