/**
 * A thread that reads campaign files beside the main thread (see parallel-read.ts): it takes the
 * next chunk of files from the shared counter until none is left, and posts what each chunk held.
 * It loads no more than the fast path and the precompiled schema, so it starts in a few tens of
 * milliseconds.
 */
import { workerData } from 'node:worker_threads';
import { precompiledValidators } from '../../generated/schema-validators.js';
import type { ChunkMessage, ReadWorkerData } from './protocol.js';
import { readFilesFast } from './read-files.js';

const data = workerData as ReadWorkerData;
const claims = new Int32Array(data.counter);
const check = data.checkSchema ? precompiledValidators[data.schemaFile] : undefined;

for (;;) {
  const chunk = Atomics.add(claims, 0, 1);
  const from = chunk * data.chunkFiles;
  if (from >= data.files.length) break;
  const message: ChunkMessage = { chunk, results: readFilesFast(data.files.slice(from, from + data.chunkFiles), data.maxBytes, check) };
  data.port.postMessage(message);
}
