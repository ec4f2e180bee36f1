/**
 * Whether an error means "the database cannot be reached right now" (a restart, a failover, a
 * network blip, a full pool), as opposed to a bug or bad data. Such a turn gets a short "try again
 * in a moment", not an error reference, and the worker simply retries at its next poll.
 */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'SQLITE_BUSY']);
/** PostgreSQL SQLSTATEs: connection exceptions (08xxx), shutdown and start-up (57P01-57P03), too many connections (53300). */
const SQLSTATES = /^(08\d{3}|57P0[123]|53300)$/;
const MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|terminating connection/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || SQLSTATES.test(e.code))) return true;
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  }
  return false;
}
