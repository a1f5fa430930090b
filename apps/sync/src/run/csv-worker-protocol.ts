/** The messages of one file read on a worker thread (see `csv-workers.ts`). */
import type { MessagePort } from 'node:worker_threads';
import type { StageEvent } from '../load/stage-batches.ts';
import type { CsvReadRequest } from './csv-reading.ts';
import type { TransportedError } from './transported-error.ts';

/** Events the worker may send before the first of them is taken: its lead on this thread. */
export const EVENTS_AHEAD = 4;

/** To the worker: a file to read, and the port its messages go through. */
export interface ReadJob {
  readonly request: CsvReadRequest;
  readonly port: MessagePort;
}

/** From the worker, on the job's port: events, an error, then always `end`. */
export type ReadReply =
  | { readonly type: 'event'; readonly event: StageEvent }
  | { readonly type: 'error'; readonly error: TransportedError | string }
  | { readonly type: 'end' };

/** To the worker, on the job's port: an event was taken, or the reading is abandoned. */
export type ReadControl = { readonly type: 'taken' } | { readonly type: 'cancel' };
