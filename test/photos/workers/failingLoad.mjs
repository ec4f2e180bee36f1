// Stands in for the face-api worker whose model cannot be loaded (a package missing its model files).
import { parentPort } from 'node:worker_threads';
parentPort.postMessage({
  type: 'failed',
  message: "ENOENT: no such file or directory, open 'model/tiny_face_detector_model-weights_manifest.json'",
});
