// Stands in for the face-api worker: answers each photo with one face the size of the image, and
// says which worker thread answered, so a test can tell a fresh worker from the old one.
import { parentPort, threadId } from 'node:worker_threads';
parentPort.postMessage({ type: 'ready', loadMs: 1 });
parentPort.on('message', ({ id, width, height, thorough }) => {
  const landmarks = Array.from({ length: 68 }, () => ({ x: width / 2, y: height / 2 }));
  parentPort.postMessage({
    type: 'result',
    id,
    faces: [{ score: thorough ? 0.99 : threadId / 1000, box: { x: 0, y: 0, width, height }, landmarks }],
  });
});
