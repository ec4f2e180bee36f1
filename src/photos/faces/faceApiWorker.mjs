// @ts-check
/**
 * Face detection in a worker thread: face-api's tiny face detector (fast), SSD MobileNet v1
 * (thorough) and 68-point landmark net on the tfjs WebAssembly backend. WebAssembly kernels run synchronously, so on the main thread each
 * photo would block the event loop for 100-300 ms; here the bot keeps answering meanwhile.
 *
 * Plain JavaScript on purpose: a worker starts without the TypeScript loader (tsx cannot hook a
 * worker from its command-line flag, and registering it inside costs ~0.5 s per start).
 *
 * Everything is read from node_modules; nothing is downloaded:
 * - face-api's `dist/face-api.node-wasm.js` (its package main needs tfjs-node, whose install
 *   downloads a binary). That build asks for the whole `@tensorflow/tfjs` bundle (layers,
 *   converter, data, WebGL: ~240 MB installed) but uses only tfjs-core's ops and io, so it is
 *   evaluated here with `@tensorflow/tfjs-core` in its place;
 * - the WebAssembly binaries from `@tensorflow/tfjs-backend-wasm/dist/`;
 * - the model weights from face-api's `model/`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compileFunction } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const options = /** @type {{ minScore: number, inputSize: number, thoroughMinScore: number }} */ (workerData);

/**
 * The chained tensor methods (`x.as3D()`, `x.div(y)`) that the full tfjs bundle adds and face-api
 * calls; tfjs-core alone has the ops but not these methods. Each one is a tfjs-core op with the
 * tensor as first argument, as in tfjs-core's own public/chained_ops (which ship as ES modules
 * without file extensions and cannot be loaded in Node).
 */
function addChainedOps(tf) {
  const proto = tf.Tensor.prototype;
  const reshape = (shape) =>
    function (...dims) {
      return tf.reshape(this, shape(this, dims));
    };
  const special = {
    as1D: reshape((t) => [t.size]),
    as2D: reshape((_t, d) => d.slice(0, 2)),
    as3D: reshape((_t, d) => d.slice(0, 3)),
    as4D: reshape((_t, d) => d.slice(0, 4)),
    as5D: reshape((_t, d) => d.slice(0, 5)),
    asScalar: reshape(() => []),
    flatten: reshape((t) => [t.size]),
    reshapeAs: reshape((_t, [other]) => other.shape),
    asType: function (dtype) {
      return tf.cast(this, dtype);
    },
    toFloat: function () {
      return tf.cast(this, 'float32');
    },
    toInt: function () {
      return tf.cast(this, 'int32');
    },
    toBool: function () {
      return tf.cast(this, 'bool');
    },
  };
  for (const [name, method] of Object.entries(special)) proto[name] ??= method;
  const sameName = [
    'abs',
    'add',
    'all',
    'any',
    'argMax',
    'argMin',
    'batchNorm',
    'cast',
    'clipByValue',
    'conv2d',
    'depthwiseConv2d',
    'div',
    'exp',
    'expandDims',
    'floor',
    'gather',
    'greater',
    'less',
    'log',
    'matMul',
    'max',
    'maximum',
    'mean',
    'min',
    'minimum',
    'mul',
    'neg',
    'pad',
    'relu',
    'reshape',
    'reverse',
    'round',
    'sigmoid',
    'slice',
    'softmax',
    'split',
    'sqrt',
    'square',
    'squeeze',
    'sub',
    'sum',
    'tile',
    'transpose',
    'unstack',
  ];
  for (const name of sameName) {
    proto[name] ??= function (...args) {
      return tf[name](this, ...args);
    };
  }
  proto.concat ??= function (x, axis) {
    return tf.concat([this, ...(x instanceof tf.Tensor ? [x] : x)], axis);
  };
  proto.stack ??= function (x, axis) {
    return tf.stack(x instanceof tf.Tensor ? [this, x] : [this, ...x], axis);
  };
}

/** face-api's node-wasm build, given tfjs-core where it asks for the whole tfjs bundle. */
function loadFaceApi(tf) {
  const file = require.resolve('@vladmandic/face-api/dist/face-api.node-wasm.js');
  const wrapper = compileFunction(readFileSync(file, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], {
    filename: file,
  });
  const own = createRequire(file);
  const module = { exports: {} };
  wrapper(module.exports, (id) => (id === '@tensorflow/tfjs' ? tf : own(id)), module, file, dirname(file));
  return module.exports;
}

/** The fast models at start; SSD MobileNet (5.6 MB, slower, more accurate) at its first use. */
async function load() {
  const started = performance.now();
  const tf = require('@tensorflow/tfjs-core');
  const wasm = require('@tensorflow/tfjs-backend-wasm');
  addChainedOps(tf);
  const faceapi = loadFaceApi(tf);
  wasm.setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
  if (!(await tf.setBackend('wasm'))) throw new Error('the tfjs WebAssembly backend did not start');
  await tf.ready();
  const models = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  await faceapi.nets.tinyFaceDetector.loadFromDisk(models);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(models);
  let thorough;
  return {
    tf,
    faceapi,
    fast: new faceapi.TinyFaceDetectorOptions({ inputSize: options.inputSize, scoreThreshold: options.minScore }),
    thorough: () =>
      (thorough ??= faceapi.nets.ssdMobilenetv1
        .loadFromDisk(models)
        .then(() => new faceapi.SsdMobilenetv1Options({ minConfidence: options.thoroughMinScore }))),
    loadMs: performance.now() - started,
  };
}

async function detect(models, { width, height, data, thorough }) {
  const { tf, faceapi } = models;
  const detectorOptions = thorough ? await models.thorough() : models.fast;
  const pixels = tf.tensor3d(data, [height, width, 3], 'int32');
  try {
    const found = await faceapi.detectAllFaces(pixels, detectorOptions).withFaceLandmarks();
    return found.map(({ detection, landmarks }) => ({
      score: detection.score,
      box: { x: detection.box.x, y: detection.box.y, width: detection.box.width, height: detection.box.height },
      landmarks: landmarks.positions.map((p) => ({ x: p.x, y: p.y })),
    }));
  } finally {
    pixels.dispose();
  }
}

const loading = load();
loading.then(
  ({ loadMs }) => port.postMessage({ type: 'ready', loadMs }),
  (err) => port.postMessage({ type: 'failed', message: String(err?.message ?? err) }),
);

// One photo at a time: requests queue here, so two uploads never hold two sets of tensors.
let queue = Promise.resolve();
port.on('message', (request) => {
  queue = queue.then(async () => {
    try {
      const faces = await detect(await loading, request);
      port.postMessage({ type: 'result', id: request.id, faces });
    } catch (err) {
      port.postMessage({ type: 'error', id: request.id, message: String(err?.message ?? err) });
    }
  });
});
