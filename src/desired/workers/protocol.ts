/** What the main thread and the reading threads send each other. */
import type { MessagePort } from 'node:worker_threads';
import type { FastDocument } from '../yaml-fast-path.js';

export interface ReadWorkerData {
  /** Absolute paths of every file; chunk k is files [k × chunkFiles, (k + 1) × chunkFiles). */
  readonly files: readonly string[];
  readonly chunkFiles: number;
  /** One Int32: the next chunk to take, shared by every thread (Atomics.add). */
  readonly counter: SharedArrayBuffer;
  readonly maxBytes: number;
  /** Check documents against the precompiled schema (false when it is stale: the main thread checks). */
  readonly checkSchema: boolean;
  readonly schemaFile: string;
  /** Where to post each chunk (ChunkMessage). */
  readonly port: MessagePort;
}

/** One chunk's files, in order: the documents read, or null for a file the main thread must load itself. */
export interface ChunkMessage {
  readonly chunk: number;
  readonly results: (FastDocument[] | null)[];
}
