/**
 * Photo pipeline figures: time per 12 MP phone photo against a bare sharp resize of the same bytes
 * (target <= 1.3x), and peak RSS while 10 uploads of ~5 MB are processed at once (target < 400 MB).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { PHOTO_MAX_BYTES } from '../src/domain/photo-rules';
import { processPhoto } from '../src/photos/index';
import { portraitPixels } from '../test/photos/fixtures';

const MB = 1024 * 1024;

/** A 12 MP landscape JPEG like a phone's: a person on a wall plus sensor-like noise. */
async function phoneJpeg(noise: number, quality: number, seed = 1): Promise<Buffer> {
  const { data, width, height } = await portraitPixels({ width: 4000, height: 3000, noise, seed });
  return sharp(data, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
}

async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function speed(): Promise<void> {
  const bytes = await phoneJpeg(10, 90);
  const maxBytes = Math.max(PHOTO_MAX_BYTES, bytes.length);
  const pipeline = async (): Promise<void> => {
    const outcome = await processPhoto(bytes, { maxBytes });
    if (!outcome.ok) throw new Error(`bench photo failed: ${outcome.failure.code}`);
  };
  const bare = (): Promise<Buffer> => sharp(bytes).rotate().resize(600, 800).jpeg().toBuffer();

  const warmUp = 3;
  const runs = 15;
  for (let i = 0; i < warmUp; i++) await Promise.all([pipeline(), bare()]);
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved, so drift (thermal, GC) hits both sides alike.
    ours.push(await timeMs(pipeline));
    baseline.push(await timeMs(bare));
  }
  const [p, b] = [median(ours), median(baseline)];
  console.log(`input: 4000x3000 JPEG q90, ${(bytes.length / MB).toFixed(2)} MB (maxBytes ${(maxBytes / MB).toFixed(2)} MB)`);
  console.log(`processPhoto:                      ${p.toFixed(1)} ms/photo (median of ${runs}, after ${warmUp} warm-up)`);
  console.log(`bare rotate().resize(600,800).jpeg(): ${b.toFixed(1)} ms/photo`);
  console.log(`ratio: ${(p / b).toFixed(2)}x (target <= 1.3x)`);
}

/**
 * Runs in a fresh child process (this same file, see the bottom), so the figure is the pipeline's
 * own footprint and not the hundreds of MB the generator above leaves in the allocator.
 */
async function memoryChild(file: string, cache: string): Promise<void> {
  if (cache === 'off') sharp.cache(false);
  const upload = await readFile(file);
  const maxBytes = Math.max(PHOTO_MAX_BYTES, upload.length);
  const uploads = Array.from({ length: 10 }, () => Buffer.from(upload));
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  const started = process.hrtime.bigint();
  const outcomes = await Promise.all(uploads.map((u) => processPhoto(u, { maxBytes })));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  const ok = outcomes.filter((o) => o.ok).length;
  console.log(
    `sharp cache ${cache.padEnd(7)}: 10 concurrent uploads of ${(upload.length / MB).toFixed(2)} MB, ${ok}/10 ok in ` +
      `${elapsed.toFixed(0)} ms; RSS before ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB (target < 400 MB)`,
  );
}

function inChild(file: string, cache: string): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', self], {
    env: { ...process.env, PHOTO_BENCH_UPLOAD: file, PHOTO_BENCH_CACHE: cache },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`memory bench child exited with ${code}`))));
  });
}

async function memory(): Promise<void> {
  // Near the 5 MB cap: more noise and a higher quality than the speed sample.
  const dir = await mkdtemp(join(tmpdir(), 'photo-bench-'));
  try {
    const file = join(dir, 'upload.jpg');
    await writeFile(file, await phoneJpeg(12, 93, 2));
    console.log(`sharp concurrency ${sharp.concurrency()} (libvips threads per image), libuv pool ${process.env.UV_THREADPOOL_SIZE ?? 4}`);
    await inChild(file, 'default');
    await inChild(file, 'off');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await speed();
  await memory();
}

const childUpload = process.env.PHOTO_BENCH_UPLOAD;
if (childUpload) await memoryChild(childUpload, process.env.PHOTO_BENCH_CACHE ?? 'default');
