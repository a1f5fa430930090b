import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  errorMessage,
  SourceError,
  SourceSizeMismatchError,
  SourceTimeoutError,
  SourceTransferError,
} from './errors.ts';
import type { DownloadResult } from './types.ts';

/** Chunk size for reading and writing, so that a transfer is a few large requests. */
export const CHUNK_BYTES = 1024 * 1024;

/** Writes the bytes of one file into `sink`; stops (and rejects) when `signal` aborts. */
export type Producer = (sink: Writable, signal: AbortSignal) => Promise<unknown>;

export interface ReceiveSpec {
  url: string;
  /** The file, relative to the root, for messages. */
  path: string;
  destFile: string;
  idleTimeoutMs: number;
  transferTimeoutMs: number;
  /** From the listing or the server; `undefined` skips the check. */
  expectedSize: number | undefined;
  /** Turns a producer's error into a `SourceError` that says what to do. */
  explain?: (error: unknown) => SourceError | undefined;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10}s`;
}

/**
 * Receives one file into `destFile`, counting and hashing the bytes as they pass. A transfer
 * that goes quiet for `idleTimeoutMs`, or runs past `transferTimeoutMs`, is aborted.
 */
export async function receiveFile(spec: ReceiveSpec, produce: Producer): Promise<DownloadResult> {
  const details = { url: spec.url, path: spec.path };
  const controller = new AbortController();
  const fail = (error: unknown): never => {
    controller.abort(error);
    throw error;
  };
  const stall = () =>
    new SourceTimeoutError(
      `${spec.path}: no data received for ${seconds(spec.idleTimeoutMs)}; the server or the ` +
        'network stalled: run the sync again, or raise the idle timeout',
      details,
    );

  const idle = setTimeout(() => controller.abort(stall()), spec.idleTimeoutMs);
  const deadline = setTimeout(() => {
    const message =
      `${spec.path}: the download took longer than ${seconds(spec.transferTimeoutMs)}; ` +
      'raise the transfer timeout if the file is that large';
    controller.abort(new SourceTimeoutError(message, details));
  }, spec.transferTimeoutMs);

  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    highWaterMark: CHUNK_BYTES,
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      idle.refresh();
      callback(null, chunk);
    },
  });
  const file = createWriteStream(spec.destFile, { highWaterMark: CHUNK_BYTES });

  const writing = pipeline(meter, file, { signal: controller.signal }).catch((error: unknown) => {
    const message = `${spec.path}: cannot write ${spec.destFile}: ${errorMessage(error)}`;
    return fail(new SourceTransferError(message, { ...details, cause: error }));
  });
  const reading = Promise.resolve()
    .then(() => produce(meter, controller.signal))
    .catch(fail);
  const outcome = await Promise.allSettled([reading, writing]);
  clearTimeout(idle);
  clearTimeout(deadline);

  try {
    const failed = outcome.find((result) => result.status === 'rejected');
    if (failed !== undefined) {
      throw explain(controller.signal.reason ?? failed.reason, spec);
    }
    if (spec.expectedSize !== undefined && size !== spec.expectedSize) {
      throw new SourceSizeMismatchError(spec.expectedSize, size, details);
    }
    return { size, sha256: hash.digest('hex') };
  } catch (error) {
    await rm(spec.destFile, { force: true });
    throw error;
  }
}

function explain(error: unknown, spec: ReceiveSpec): SourceError {
  if (error instanceof SourceError) return error;

  const explained = spec.explain?.(error);
  if (explained !== undefined) return explained;

  return new SourceTransferError(`${spec.path}: download failed: ${errorMessage(error)}`, {
    url: spec.url,
    path: spec.path,
    cause: error,
  });
}
