/**
 * Issue 10 item 2: the workbook of 100 visible sheets × 5,000 rows sent to a running bot (in this
 * process, over HTTP, a Teams file through the fake connector). While the check runs, /healthz is
 * asked one request after another: its worst latency, and the peak RSS of the process. Baseline
 * in the same run: the same /healthz loop with the bot idle, and the RSS before the file.
 */
import { flatten, startHarness, TeamsUser } from '../test/support/botHarness';
import { bigWorkbook } from '../test/support/bigWorkbook';

const MB = 1024 * 1024;

async function healthzLoop(url: string, until: () => boolean, minRequests: number): Promise<{ worstMs: number; requests: number }> {
  let worstMs = 0;
  let requests = 0;
  while (!until() || requests < minRequests) {
    const start = performance.now();
    await fetch(`${url}/healthz`);
    worstMs = Math.max(worstMs, performance.now() - start);
    requests++;
  }
  return { worstMs, requests };
}

export async function run(): Promise<void> {
  const file = await bigWorkbook(100, 5000);
  const harness = await startHarness();
  try {
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
    const idle = await healthzLoop(harness.url, () => true, 200);
    const idleRss = peakRss;

    const user = new TeamsUser(harness);
    const url = harness.connector.addFile(`${user.aadObjectId}-huge.xlsx`, file, 'application/octet-stream');
    const started = performance.now();
    const turn = await user.sendAttachment({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'huge.xlsx',
      content: { downloadUrl: url, fileType: 'xlsx' },
    });
    const cardId = turn.sent.at(-1)!.activityId;
    const answered = () =>
      harness.connector.calls.some((c) => c.kind === 'update' && c.activityId === cardId && /people/.test(flatten(c.body)));
    const busy = await healthzLoop(harness.url, answered, 1);
    const answerMs = performance.now() - started;
    clearInterval(sampler);

    console.log(`workbook: ${(file.length / MB).toFixed(1)} MB, 100 sheets × 5,000 rows`);
    console.log(
      `/healthz worst latency   idle ${idle.worstMs.toFixed(0)} ms (${idle.requests} requests)   during the import ${busy.worstMs.toFixed(0)} ms (${busy.requests} requests)   ratio ${(busy.worstMs / idle.worstMs).toFixed(1)}x`,
    );
    console.log(`peak RSS                 idle ${(idleRss / MB).toFixed(0)} MB   during the import ${(peakRss / MB).toFixed(0)} MB`);
    console.log(`refusal on the card after ${answerMs.toFixed(0)} ms (the turn included)`);
  } finally {
    await harness.stop();
  }
}
