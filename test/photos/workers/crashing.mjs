// Stands in for the face-api worker: loads, then dies on the first photo (as an out-of-memory abort would).
import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ type: 'ready', loadMs: 1 });
parentPort.on('message', () => process.exit(3));
