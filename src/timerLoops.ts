import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import type { Logger } from './logger';
import { WakeLoop, type Clock } from './notify';
import { runApprovalTimers } from './services/lifecycle/approvalTimers';
import { runCardTimers } from './services/cards/cardTimers';
import type { ServiceContext } from './services/context';
import { runRetention } from './services/retention/runRetention';

const APPROVAL_TICK_MS = 60_000;
const RETENTION_TICK_MS = 60 * 60_000;

/**
 * The bot's clocks: approval and card timers every minute (one tick per minute across a fleet on
 * PostgreSQL; the steps are conditional anyway, the lease saves the work), and the daily retention
 * purge ticking hourly (its own lease makes it run once a day across the fleet).
 */
export function timerLoops(deps: { ctx: ServiceContext; config: Config; log: Logger; clock: Clock; kickOutbox: () => void }): {
  approvalTimers: WakeLoop;
  retention: WakeLoop;
} {
  const { ctx, config, log, clock } = deps;
  const { store } = ctx;
  const instanceId = randomUUID();
  const approvalTimers = new WakeLoop(
    async () => {
      if (store.dialect === 'postgres' && !(await store.leases.acquire('timer:approvals', instanceId, APPROVAL_TICK_MS - 5_000))) {
        log.info({ event: 'timers.skipped', instanceId }, 'approval timers ran on another instance this minute');
        return { nextWakeAt: clock.now() + APPROVAL_TICK_MS };
      }
      log.info({ event: 'timers.tick', instanceId }, 'approval timers tick');
      await runApprovalTimers({ ctx });
      await runCardTimers({ ctx });
      await store.leases.sweep(60 * 60_000);
      deps.kickOutbox();
      return { nextWakeAt: clock.now() + APPROVAL_TICK_MS };
    },
    clock,
    APPROVAL_TICK_MS,
    (err) => log.error({ event: 'approval.timers_failed', err: (err as Error).message }, 'approval timers failed'),
  );
  const retention = new WakeLoop(
    async () => {
      const run = await runRetention(ctx, config.retention);
      if (!run.ran) log.debug({ event: 'retention.skipped' }, 'retention ran within the last day (here or on another instance)');
      return { nextWakeAt: clock.now() + RETENTION_TICK_MS };
    },
    clock,
    RETENTION_TICK_MS,
    (err) => log.error({ event: 'retention.failed', err: (err as Error).message }, 'retention purge failed; retried at the next tick'),
  );
  return { approvalTimers, retention };
}
