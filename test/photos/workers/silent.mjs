// Stands in for the face-api worker: loads, then never answers (a detection stuck in WebAssembly).
import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ type: 'ready', loadMs: 1 });
parentPort.on('message', () => {});
