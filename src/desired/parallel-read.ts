/**
 * Validating the campaign files of a repository, read on as many threads as there are cores when
 * there are enough of them to pay for starting threads. The main thread and the workers take
 * chunks of files from one shared counter, so the main thread never waits for a worker that is
 * slow to start (or fails to: its chunks are then read on the main thread); workers read, parse
 * (fast path) and check the schema, the main thread runs the vendors' rules and the checks across
 * files. Same results, in the same order, as validateSources.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { CampaignFile } from './discover.js';
import { CAMPAIGN_FILE_SCHEMA, loadSchemas } from './schema-registry.js';
import { finishValidation, validateDocuments, validateSource, validateSources, type FileOutcome, type SourceFile, type ValidateOptions, type ValidateResult } from './validate.js';
import type { ChunkMessage, ReadWorkerData } from './workers/protocol.js';
import { readFilesFast } from './workers/read-files.js';
import { documentsRead, YAML_LIMITS } from './yaml-source.js';

export interface ParallelReading {
  /** Below this many files every file is read on the main thread. */
  readonly minFiles: number;
  /** Files a thread takes at a time. */
  readonly chunkFiles: number;
  /** Threads in all, the main thread included. */
  readonly threads: () => number;
  /** Whether the main thread reads files too (tests leave it all to the workers). */
  readonly mainReads: boolean;
  /** Starts a reading thread (tests start one that fails). */
  readonly startWorker: (data: ReadWorkerData) => Worker;
}

export const PARALLEL_READING: ParallelReading = {
  // A worker costs about 120 ms of a core (to start, load its modules and warm up their compiled
  // code). On the project's 2-core machine 2,000 files were read slower on two threads than on
  // one, 4,000 as fast, 10,000 faster by an eighth.
  minFiles: 5000,
  // Small enough to share the end of the work evenly, large enough that messages stay few.
  chunkFiles: 100,
  threads: () => availableParallelism(),
  mainReads: true,
  startWorker,
};

/**
 * A file read for the loader. Files are read synchronously everywhere here: for many small files
 * the thread pool's round trips cost ten times the reads (10,000 campaign files: about 1 s
 * against 0.1 s).
 */
export function sourceOf(file: CampaignFile): SourceFile {
  return { path: file.path, text: readFileSync(file.absolute), readAgain: rereader(file.absolute) };
}

/**
 * Reads a file again for the positions of its messages. Made here, at module level: a closure
 * keeps every variable of the scopes it is made in, and one made where a chunk is handled kept
 * the chunk's parsed files, and through their strings the files' text.
 */
function rereader(absolute: string): () => Uint8Array {
  return () => readFileSync(absolute);
}

export async function validateCampaignFiles(
  files: readonly CampaignFile[],
  opts: ValidateOptions,
  reading: ParallelReading = PARALLEL_READING,
): Promise<ValidateResult> {
  const workers = Math.min(reading.threads() - 1, Math.floor(files.length / reading.minFiles));
  if (workers < 1) return validateSources(files.map(sourceOf), opts);
  return finishValidation(await readInParallel(files, opts, workers, reading), opts);
}

async function readInParallel(files: readonly CampaignFile[], opts: ValidateOptions, workerCount: number, reading: ParallelReading): Promise<FileOutcome[]> {
  const { chunkFiles } = reading;
  const chunks = Math.ceil(files.length / chunkFiles);
  const outcomes = new Array<FileOutcome>(files.length);
  const done = new Uint8Array(chunks);
  let remaining = chunks;
  const finish = (chunk: number, outcome: (i: number) => FileOutcome) => {
    if (done[chunk]) return;
    const to = Math.min(files.length, (chunk + 1) * chunkFiles);
    for (let i = chunk * chunkFiles; i < to; i++) outcomes[i] = outcome(i);
    done[chunk] = 1;
    remaining--;
  };
  const counter = new SharedArrayBuffer(4);
  const claims = new Int32Array(counter);
  const checkSchema = loadSchemas().hasPrecompiled(CAMPAIGN_FILE_SCHEMA);
  const data: Omit<ReadWorkerData, 'port'> = {
    files: files.map((f) => f.absolute),
    chunkFiles,
    counter,
    maxBytes: YAML_LIMITS.maxBytes,
    checkSchema,
    schemaFile: CAMPAIGN_FILE_SCHEMA,
  };
  /** A chunk's files read (here, or by a worker: `copied`), through the checks of their own. */
  const consume = (chunk: number, results: ChunkMessage['results'], copied: boolean) =>
    finish(chunk, (i) => {
      const file = files[i]!;
      const read = results[i - chunk * chunkFiles];
      if (!read) return validateSource(sourceOf(file), opts);
      // What a worker posts arrives copied; what is read here holds slices of the file's text.
      const docs = copied ? read : read.map((d) => (d.value === undefined ? d : { ...d, value: structuredClone(d.value) }));
      return validateDocuments(documentsRead(file.path, docs, rereader(file.absolute)), opts, checkSchema);
    });
  const check = checkSchema ? loadSchemas().check(CAMPAIGN_FILE_SCHEMA) : undefined;
  const onMain = (chunk: number) => consume(chunk, readFilesFast(data.files.slice(chunk * chunkFiles, (chunk + 1) * chunkFiles), data.maxBytes, check), false);

  // Each worker posts on a channel of its own, which the main thread empties between its own
  // chunks (receiveMessageOnPort): its results are checked while the worker reads on.
  const channels = Array.from({ length: workerCount }, () => new MessageChannel());
  const drain = () => {
    for (const { port1 } of channels) {
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
        const { chunk, results } = m.message as ChunkMessage;
        consume(chunk, results, true);
      }
    }
  };
  let settle: () => void = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  let running = workerCount;
  const workers = channels.map(({ port2 }) => {
    const worker = reading.startWorker({ ...data, port: port2 });
    // A worker that fails (to start, or later) leaves its chunk to the main thread below.
    worker.on('error', () => {});
    worker.on('exit', onExit);
    return worker;
  });
  function onExit(): void {
    drain();
    running--;
    if (running === 0 || remaining === 0) settle();
  }

  while (reading.mainReads) {
    drain();
    const chunk = Atomics.add(claims, 0, 1);
    if (chunk >= chunks) break;
    onMain(chunk);
  }
  drain();
  if (remaining > 0 && running > 0) {
    for (const { port1 } of channels) {
      port1.on('message', ({ chunk, results }: ChunkMessage) => {
        consume(chunk, results, true);
        if (remaining === 0) settle();
      });
    }
    await settled;
  }
  // Chunks taken by a worker that stopped before posting them.
  for (let chunk = 0; chunk < chunks; chunk++) if (!done[chunk]) onMain(chunk);
  for (const { port1 } of channels) port1.close();
  // Until a worker has stopped, its listener would keep everything here, the outcomes included.
  for (const w of workers) void w.off('exit', onExit).terminate();
  return outcomes;
}

function startWorker(data: ReadWorkerData): Worker {
  const options = { workerData: data, transferList: [data.port] };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./workers/read-worker.js', import.meta.url), options);
  // Run from the TypeScript sources (tests, tsx), the worker registers tsx before loading them.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./workers/read-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
