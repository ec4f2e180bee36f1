import type { OutboxMessage } from '../../store/ports';
import type { ServiceContext } from '../context';
import { ordererNotice } from '../lifecycle/ordererNotice';
import { runInstallJob, waitingRound } from './installJob';
import { runMailJob } from './mailJob';
import { ReachFailure, type ReachPorts } from './ports';
import { reachJob, type ReachJobPayload } from './reachDrafts';

type JobResult =
  { ok: true } | { ok: false; failure: { status: number | null; code: string | null; retryAfterMs: number | null; message: string } };

const isReachJob = (payload: OutboxMessage['payload']): payload is ReachJobPayload =>
  (payload.kind === 'reach.install' || payload.kind === 'reach.mail') &&
  typeof payload.itemId === 'string' &&
  typeof payload.round === 'number';

/**
 * The outbox's job runner (src/notify OutboxJobs) for reaching cardholders. A job that decided
 * what happens next is done; a ReachFailure worth retrying goes back to the outbox with its status
 * (and Retry-After), so Graph's and the mail server's 429/5xx get the outbox's backoff.
 */
export function reachJobs(ctx: ServiceContext, reach: ReachPorts) {
  return {
    async run(message: OutboxMessage): Promise<JobResult> {
      const job = message.payload;
      if (!isReachJob(job))
        return { ok: false, failure: { status: 400, code: 'UnknownJob', retryAfterMs: null, message: `no job ${job.kind}` } };
      try {
        await (job.kind === 'reach.install' ? runInstallJob(ctx, reach, job) : runMailJob(ctx, reach, job));
        return { ok: true };
      } catch (err) {
        if (err instanceof ReachFailure)
          return { ok: false, failure: { status: err.status, code: err.code, retryAfterMs: err.retryAfterMs, message: err.message } };
        throw err;
      }
    },
  };
}

/**
 * Outbox `onFailed` for reach jobs (retries used up): an install that never got through falls
 * back to e-mail; a mail that never went out is reported to the orderer.
 */
export async function reachJobsGaveUp(ctx: ServiceContext, messages: OutboxMessage[]): Promise<void> {
  for (const message of messages) {
    const job = message.payload;
    if (message.recipient.kind !== 'service' || !isReachJob(job)) continue;
    const round = await waitingRound(ctx, job);
    if (!round) continue;
    const { order, item, company } = round;
    const channel = job.kind === 'reach.install' ? 'teams' : 'email';
    const record = await ctx.store.approvalReach.open({ itemId: item.id, round: item.approvalRound, channel });
    await ctx.store.approvalReach.setStatus(record.id, 'failed', channel === 'teams' ? 'graph_failed' : 'mail_failed');
    await ctx.store.outbox.enqueue([
      job.kind === 'reach.install'
        ? reachJob('reach.mail', item, company.tenantId, { after: 'graph_failed' })
        : await ordererNotice(ctx, order, item, 'not_reached', 'mail_failed'),
    ]);
    ctx.log.warn({ event: 'reach.gave_up', itemId: item.id, job: job.kind }, 'a reach job failed for good');
  }
}
