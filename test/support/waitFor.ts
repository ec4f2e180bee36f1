import type { EventEmitter } from 'node:events';

/** Anything that emits 'change' when something happened: the fake connector's `changes`, the bot's LogSink. */
export type ChangeSource = Pick<EventEmitter, 'on' | 'off'>;

/**
 * Resolves with the first truthy result of `check`, evaluated now and again after every change the
 * sources report (a call reached the connector, the bot wrote a log line), never on a timer: the
 * outcome is read when it happened, however loaded the machine. `ms` only turns a wait that can no
 * longer end into a failure that names what was awaited.
 */
export function waitFor<T>(
  sources: ChangeSource[],
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  ms = 25_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let running = false;
    let again = false;
    let done = false;
    const finish = (outcome: { value: T } | { error: Error }) => {
      done = true;
      clearTimeout(timer);
      for (const source of sources) source.off('change', evaluate);
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };
    const timer = setTimeout(() => finish({ error: new Error(`still waiting for ${what} after ${ms} ms`) }), ms);
    async function evaluate(): Promise<void> {
      if (done) return;
      // One evaluation at a time; a change during one asks for another, so none is missed.
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const value = await check();
          if (value) return finish({ value });
        } while (again && !done);
      } catch (err) {
        finish({ error: err as Error });
      } finally {
        running = false;
      }
    }
    for (const source of sources) source.on('change', evaluate);
    void evaluate();
  });
}
