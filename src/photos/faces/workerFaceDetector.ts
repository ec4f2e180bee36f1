import { Worker } from 'node:worker_threads';
import { FACE_DETECTOR_INPUT, FACE_MIN_SCORE, FACE_THOROUGH_MIN_SCORE } from '../../domain/photo-face-rules';
import type { Logger } from '../../logger';
import { FaceDetectorUnavailableError, type DetectedFace, type DetectOptions, type FaceDetector, type RgbImage } from './port';

export interface WorkerFaceDetectorOptions {
  log: Logger;
  /** One photo's detection, model loading included on first use; beyond it the worker is presumed stuck and replaced. */
  timeoutMs?: number;
  /** The worker (and the ~150 MB the fast model holds) is stopped after this long without a photo; the next photo loads it again (~1 s). */
  idleMs?: number;
  /**
   * Sooner, once the thorough model ran: SSD grows the worker's WebAssembly memory by ~150 MB,
   * which WebAssembly never gives back; only stopping the worker does.
   */
  thoroughIdleMs?: number;
  /** The worker script; the face-api worker unless a test stands in another (one that crashes, or never answers). */
  workerUrl?: URL;
}

type Reply =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; faces: DetectedFace[] }
  | { type: 'error'; id: number; message: string };

interface Pending {
  resolve(faces: DetectedFace[]): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

const WORKER_URL = new URL('./faceApiWorker.mjs', import.meta.url);

/**
 * The face detector in a worker thread, started at first use (the model loads from node_modules
 * then, ~1 s) and stopped when idle. A crash, a failed model load or a stuck detection rejects the
 * photos waiting on it with FaceDetectorUnavailableError and the next photo starts a fresh worker.
 */
export class WorkerFaceDetector implements FaceDetector {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly timeoutMs: number;
  private readonly idleMs: number;
  private readonly thoroughIdleMs: number;
  /** Whether the current worker has run the thorough model (and holds its memory). */
  private ranThorough = false;
  /** How long the last model load took, for the operator and the bench. */
  loadMs: number | undefined;

  constructor(private readonly opts: WorkerFaceDetectorOptions) {
    this.timeoutMs = opts.timeoutMs ?? 20_000;
    this.idleMs = opts.idleMs ?? 10 * 60_000;
    this.thoroughIdleMs = opts.thoroughIdleMs ?? 30_000;
  }

  detect(image: RgbImage, opts: DetectOptions = {}): Promise<DetectedFace[]> {
    const worker = this.worker ?? this.start();
    clearTimeout(this.idleTimer);
    const id = this.nextId++;
    if (opts.thorough) this.ranThorough = true;
    return new Promise<DetectedFace[]>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(`no answer within ${this.timeoutMs} ms`, worker), this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      // A copy is transferred, so the caller may keep using its pixels.
      const data = new Uint8Array(image.data);
      worker.postMessage({ id, width: image.width, height: image.height, data, thorough: opts.thorough === true }, [data.buffer]);
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    if (!worker) return;
    this.stopWith(new FaceDetectorUnavailableError('the face detector was closed'), worker);
    await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.opts.workerUrl ?? WORKER_URL, {
      workerData: { minScore: FACE_MIN_SCORE, inputSize: FACE_DETECTOR_INPUT, thoroughMinScore: FACE_THOROUGH_MIN_SCORE },
    });
    // A worker never keeps the process alive: shutdown must not wait for an idle model.
    worker.unref();
    worker.on('message', (reply: Reply) => this.onReply(reply, worker));
    worker.on('error', (err) => this.fail(err.message, worker));
    worker.on('exit', (code) => this.fail(`the worker exited with code ${code}`, worker));
    this.worker = worker;
    this.ranThorough = false;
    return worker;
  }

  private onReply(reply: Reply, worker: Worker): void {
    if (reply.type === 'ready') {
      this.loadMs = reply.loadMs;
      this.opts.log.info({ event: 'faces.model_loaded', loadMs: Math.round(reply.loadMs) }, 'face model loaded');
      return;
    }
    if (reply.type === 'failed') return this.fail(`the face model did not load: ${reply.message}`, worker);
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    clearTimeout(waiting.timer);
    if (reply.type === 'result') waiting.resolve(reply.faces);
    else waiting.reject(new FaceDetectorUnavailableError(`face detection failed: ${reply.message}`));
    if (this.pending.size === 0) this.scheduleIdleStop(worker);
  }

  private scheduleIdleStop(worker: Worker): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(
      () => {
        if (this.worker !== worker || this.pending.size > 0) return;
        this.worker = undefined;
        void worker.terminate();
      },
      this.ranThorough ? Math.min(this.thoroughIdleMs, this.idleMs) : this.idleMs,
    );
    this.idleTimer.unref();
  }

  /** The worker is unusable: everything waiting on it fails, and the next photo starts another. */
  private fail(reason: string, worker: Worker): void {
    if (this.worker !== worker) return;
    this.opts.log.error({ event: 'faces.worker_failed', reason }, 'face detector failed');
    this.stopWith(new FaceDetectorUnavailableError(reason), worker);
    void worker.terminate();
  }

  private stopWith(err: Error, worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(err);
      this.pending.delete(id);
    }
  }
}
