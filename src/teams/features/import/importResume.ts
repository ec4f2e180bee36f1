import type { ConversationReference } from 'botbuilder';
import { WakeLoop, type Clock } from '../../../notify';
import type { PendingImportCheck } from '../../../store/ports';
import { cardUpdates, IMPORT_CHECK_LEASE_MS, importCard, runImportCheck, type ImportCheckDeps } from './importCheck';

export interface ImportResumeDeps extends ImportCheckDeps {
  /** A fresh single-use import link for the check's person, continuing in the check's chat. */
  freshUploadLink(check: PendingImportCheck): Promise<string | undefined>;
}

/**
 * A check claimed once more after this many resumed runs is given up: the file itself may be
 * what brought the process down, so it is not tried again.
 */
const MAX_RESUMES = 1;

/**
 * Checks whose instance died (their lease ran out, or, on SQLite at start-up, every one left) are
 * run again, updating the same card; a check interrupted again ends with a card that says so and
 * a fresh upload link. Returns how many checks were claimed.
 */
export async function resumeImportChecks(deps: ImportResumeDeps, opts: { expiredBefore: Date }): Promise<number> {
  const { ctx } = deps;
  const claimed = await ctx.store.importChecks.claimExpired(opts.expiredBefore, new Date(ctx.now().getTime() + IMPORT_CHECK_LEASE_MS));
  for (const check of claimed) {
    const fields = { checkId: check.id, personId: check.personId, attempts: check.attempts, hasCard: !!check.cardActivityId };
    try {
      if (check.attempts > MAX_RESUMES) {
        await giveUp(deps, check);
        ctx.log.warn(
          { event: 'import.abandoned', ...fields },
          'an import check was interrupted again; the orderer got a fresh upload link',
        );
      } else {
        ctx.log.info({ event: 'import.resumed', ...fields }, 'resuming an interrupted import check');
        await runImportCheck(deps, check);
      }
    } catch (err) {
      // Its lease runs out again, and the next sweep tries once more.
      ctx.log.error({ event: 'import.resume_failed', ...fields, err: (err as Error).message }, 'could not resume an import check');
    }
  }
  return claimed.length;
}

async function giveUp(deps: ImportResumeDeps, check: PendingImportCheck): Promise<void> {
  const card = importCard(check);
  const uploadUrl = await deps.freshUploadLink(check).catch(() => undefined);
  const update = cardUpdates(deps, check.reference as Partial<ConversationReference>, check.cardActivityId ?? undefined, card);
  await update({ status: card.t('bulk.card.interrupted'), ...(uploadUrl ? { uploadUrl } : {}) });
  await deps.ctx.store.importChecks.finish(check.id);
}

const RESUME_POLL_MS = 30_000;

/**
 * Sweeps for interrupted checks at start-up and then every 30 s (an instance of a fleet may die
 * while the others run on). A SQLite database is served by one instance, so at its start every
 * check left in it belongs to a process that is gone, whatever its lease says.
 */
export function importResumeLoop(deps: ImportResumeDeps, opts: { clock: Clock; singleInstance: boolean }): WakeLoop {
  let first = true;
  return new WakeLoop(
    async () => {
      const expiredBefore = first && opts.singleInstance ? new Date(8.64e15) : deps.ctx.now();
      first = false;
      await resumeImportChecks(deps, { expiredBefore });
      return { nextWakeAt: opts.clock.now() + RESUME_POLL_MS };
    },
    opts.clock,
    RESUME_POLL_MS,
    (err) =>
      deps.ctx.log.error(
        { event: 'import.resume_sweep_failed', err: (err as Error).message },
        'sweep for interrupted import checks failed',
      ),
  );
}
