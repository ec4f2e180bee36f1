import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createInterface } from 'node:readline';

/** A pino line of the bot's log. */
export type LogEntry = Record<string, unknown> & { event?: string; msg?: string };

export interface BotProcess {
  child: ChildProcess;
  url: string;
  lines: string[];
  /** Emits 'change' after each log line (see test/support/waitFor.ts). */
  changes: EventEmitter;
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
  /** The first log entry (already written or still to come) that `match` accepts; rejects after `ms`. */
  waitForLog(match: (entry: LogEntry) => boolean, ms?: number): Promise<LogEntry>;
}

function parse(line: string): LogEntry | undefined {
  try {
    const entry = JSON.parse(line) as unknown;
    return entry && typeof entry === 'object' ? (entry as LogEntry) : undefined;
  } catch {
    return undefined; // not a log line (stderr, a stack trace)
  }
}

/** The bot as node itself runs it; `NPM_SERVE` is what `npm start` ends in, through npm and its shell. */
export const NODE_DIRECT = [process.execPath, '--import', 'tsx', 'src/index.ts'];
export const NPM_SERVE = ['npm', 'run', '--silent', 'serve'];

/** Starts `src/index.ts` as a real process on an ephemeral port and waits for its start-up log. */
export async function spawnBot(
  env: Record<string, string>,
  onSpawn?: (bot: Omit<BotProcess, 'url'>) => void,
  command = NODE_DIRECT,
): Promise<BotProcess> {
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const changes = new EventEmitter().setMaxListeners(0);
  const watchers = new Set<(entry: LogEntry) => void>();
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const waitForLog = (match: (entry: LogEntry) => boolean, ms = 15_000) =>
    new Promise<LogEntry>((resolve, reject) => {
      const seen = lines.map(parse).find((entry) => entry && match(entry));
      if (seen) return resolve(seen);
      const timer = setTimeout(() => {
        watchers.delete(watch);
        reject(new Error(`no such log line within ${ms} ms; the log:\n${lines.join('\n')}`));
      }, ms);
      const watch = (entry: LogEntry) => {
        if (!match(entry)) return;
        clearTimeout(timer);
        watchers.delete(watch);
        resolve(entry);
      };
      watchers.add(watch);
    });
  const record = (line: string) => {
    lines.push(line);
    const entry = parse(line);
    if (entry) for (const watch of [...watchers]) watch(entry);
    changes.emit('change');
  };
  createInterface({ input: child.stdout! }).on('line', record);
  createInterface({ input: child.stderr! }).on('line', record);
  // Before start-up completes, so a caller can still stop a bot that never reports "started".
  onSpawn?.({ child, lines, changes, exited, waitForLog });
  const url = await new Promise<string>((resolve, reject) => {
    let done = false;
    waitForLog((entry) => entry.event === 'started' && typeof entry.url === 'string', 60_000).then(
      (entry) => {
        done = true;
        resolve(entry.url as string);
      },
      (err: Error) => reject(new Error(`bot did not start: ${err.message}`)),
    );
    void exited.then((code) => {
      if (!done) reject(new Error(`bot exited (${code}) during start-up: ${lines.join('\n')}`));
    });
  });
  return { child, url, lines, changes, exited, waitForLog };
}
