import { randomUUID } from 'node:crypto';
import { maskIdentity } from '../../domain/identity/mask';
import type { IdentityScheme } from '../../domain/identity/types';
import { auditRecord } from '../../domain/lifecycle/audit';
import type { PurgeCounts } from '../../store/ports';
import type { ServiceContext } from '../context';
import { finishWaitingErasures } from '../rights/cardholderRights';
import { cutoffsAt, type RetentionPolicy } from './policy';

/** The lease that makes the purge daily across the fleet and across restarts (it outlives the run). */
export const RETENTION_LEASE = 'job:retention';
/** Just under a day, so the hourly tick that comes a day later finds the lease free. */
export const RETENTION_PERIOD_MS = 23 * 3_600_000;

export type RetentionRun = { ran: false } | { ran: true; counts: PurgeCounts & { erasuresFinished: number } };

/**
 * The daily retention job. Each claim uses a fresh holder id, so neither another instance nor this
 * one after a restart runs it again until the lease ran out. A failed run gives the lease back, so
 * the next tick retries. Writes one audit entry with the counts (never what was erased).
 */
export async function runRetention(ctx: ServiceContext, policy: RetentionPolicy): Promise<RetentionRun> {
  const holder = randomUUID();
  if (!(await ctx.store.leases.acquire(RETENTION_LEASE, holder, RETENTION_PERIOD_MS))) return { ran: false };
  const at = ctx.now();
  try {
    const purged = await ctx.store.retention.purge(cutoffsAt(at, policy), (number, scheme) =>
      maskIdentity(number, scheme as IdentityScheme),
    );
    // Erasure requests that waited for orders under way: those orders may have ended since.
    const counts = { ...purged, erasuresFinished: await finishWaitingErasures(ctx) };
    const details = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, String(v)]));
    await ctx.store.audit.append([
      auditRecord({
        subject: { type: 'retention', id: 'daily' },
        who: { kind: 'system', personId: null },
        when: at,
        what: 'retention.purge',
        from: null,
        to: null,
        details,
      }),
    ]);
    ctx.log.info({ event: 'retention.purged', ...counts }, 'personal data past its retention erased');
    return { ran: true, counts };
  } catch (err) {
    await ctx.store.leases.release(RETENTION_LEASE, holder).catch(() => undefined);
    throw err;
  }
}
