import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger';
import { FaceDetectorUnavailableError, type RgbImage } from '../../src/photos/faces/port';
import { WorkerFaceDetector } from '../../src/photos/faces/workerFaceDetector';
import { LogSink } from '../support/botHarness';

/**
 * The worker's life cycle, with small stand-in workers instead of the model (test/photos/workers):
 * what happens when it dies, hangs or cannot load. The real model is tested in realFaces.test.ts.
 */
const image: RgbImage = { data: new Uint8Array(8 * 6 * 3), width: 8, height: 6 };
const worker = (name: string) => new URL(`./workers/${name}.mjs`, import.meta.url);

describe('WorkerFaceDetector', () => {
  const opened: WorkerFaceDetector[] = [];
  const detector = (name: string, opts: { timeoutMs?: number; idleMs?: number; thoroughIdleMs?: number } = {}) => {
    const logs = new LogSink();
    const made = new WorkerFaceDetector({ log: createLogger('info', logs), workerUrl: worker(name), ...opts });
    opened.push(made);
    return { made, logs };
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((d) => d.close()));
  });

  it('answers through its worker, which it starts at the first photo and keeps for the next', async () => {
    const { made } = detector('echo');
    const [first] = await made.detect(image);
    const [second] = await made.detect(image);
    expect(first?.box).toEqual({ x: 0, y: 0, width: 8, height: 6 });
    expect(second?.score).toBe(first?.score); // the same worker thread answered
    expect((await made.detect(image, { thorough: true }))[0]?.score).toBe(0.99);
    expect(made.loadMs).toBe(1);
  });

  it('leaves the caller its pixels (it sends a copy)', async () => {
    const { made } = detector('echo');
    const pixels = { ...image, data: new Uint8Array(8 * 6 * 3).fill(7) };
    await made.detect(pixels);
    expect(pixels.data.byteLength).toBe(8 * 6 * 3);
    expect(pixels.data[0]).toBe(7);
  });

  it('rejects the photos of a worker that dies with FaceDetectorUnavailableError, and the next photo gets a fresh worker', async () => {
    const { made, logs } = detector('crashing');
    await expect(made.detect(image)).rejects.toBeInstanceOf(FaceDetectorUnavailableError);
    await expect(made.detect(image)).rejects.toThrow(/exited with code 3/);
    expect(logs.lines.filter((l) => l.includes('faces.worker_failed'))).toHaveLength(2);
  });

  it('gives up on a worker that does not answer in time, and replaces it', async () => {
    const { made } = detector('silent', { timeoutMs: 200 });
    const started = Date.now();
    await expect(made.detect(image)).rejects.toThrow(/no answer within 200 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('says the model did not load when the worker cannot load it', async () => {
    const { made, logs } = detector('failingLoad');
    await expect(made.detect(image)).rejects.toThrow(/the face model did not load: ENOENT/);
    expect(logs.text).toContain('faces.worker_failed');
  });

  it('stops an idle worker and starts another for the next photo', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { made } = detector('echo', { idleMs: 60_000 });
      const [before] = await made.detect(image);
      vi.advanceTimersByTime(59_000);
      expect((await made.detect(image))[0]?.score).toBe(before?.score); // still the same worker
      vi.advanceTimersByTime(60_001);
      const [after] = await made.detect(image);
      expect(after?.score).not.toBe(before?.score); // another worker thread (its thread id differs)
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops the worker sooner once the thorough model ran (its memory is only freed with the worker)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { made } = detector('echo', { idleMs: 600_000, thoroughIdleMs: 30_000 });
      const [before] = await made.detect(image);
      await made.detect(image, { thorough: true });
      vi.advanceTimersByTime(30_001);
      const [after] = await made.detect(image);
      expect(after?.score).not.toBe(before?.score);
      // The fresh worker has not run the thorough model: it keeps the long idle time.
      vi.advanceTimersByTime(30_001);
      expect((await made.detect(image))[0]?.score).toBe(after?.score);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects what is still waiting when it is closed', async () => {
    const { made } = detector('silent');
    const waiting = expect(made.detect(image)).rejects.toThrow(/closed/);
    await made.close();
    await waiting;
  });
});
