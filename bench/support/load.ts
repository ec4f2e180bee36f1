import { readFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface LoadResult {
  turns: number;
  errors: number;
  seconds: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Runs `conversations` virtual users for `seconds`; each repeatedly calls `turn(user, step)` and
 * waits for the answer before the next one (a person waits for the bot).
 */
export async function runLoad(
  conversations: number,
  seconds: number,
  turn: (user: number, step: number) => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: conversations }, async (_, user) => {
      for (let step = 0; performance.now() < deadline; step++) {
        const t0 = performance.now();
        const ok = await turn(user, step).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    turns: latencies.length,
    errors,
    seconds: elapsed,
    turnsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/**
 * Starts a server script and resolves with its URL once it logs `{"event":"started","url":...}`,
 * and, with `readyEvent`, once it has also logged that event (e.g. its start-up jobs finished).
 */
export async function startServer(
  args: string[],
  env: Record<string, string>,
  opts: { readyEvent?: string } = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let started: string | undefined;
    let ready = !opts.readyEvent;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { event?: string; url?: string };
        if (entry.event === 'started' && entry.url) started = entry.url;
        if (entry.event === opts.readyEvent) ready = true;
        if (started && ready) resolve(started);
      } catch {
        /* ignore */
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url };
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/**
 * CPU seconds a process has used (user + system, from /proc): per turn, a figure that a busy
 * shared machine disturbs far less than turns per second (the load generator's and neighbours'
 * work is not in it). Linux only; NaN elsewhere.
 */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name, in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}
