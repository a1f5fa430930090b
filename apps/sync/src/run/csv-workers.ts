/**
 * Large CSV files are read on worker threads: parsing, checking and writing out the rows for
 * the stages takes a core, and this thread is then free to copy each batch into the database
 * while the next one is read. A thread reads one file at a time and is kept for the next file;
 * it ends after a while unused, and never keeps the process alive.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { SyncError } from '../errors.ts';
import type { StageEvent } from '../load/stage-batches.ts';
import type { CsvReadRequest } from './csv-reading.ts';
import type { ReadControl, ReadJob, ReadReply } from './csv-worker-protocol.ts';
import { receiveError } from './transported-error.ts';

/**
 * The thread's heap: what a file's reading holds at once is a few batches, so a small heap
 * that is collected often keeps the process's memory flat, whatever the size of the file.
 */
const HEAP_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

/** How long an unused thread is kept. */
const IDLE_MS = 10_000;

/**
 * From the sources, the thread compiles TypeScript as this process does (`csv-worker-boot`);
 * in the build (`build.ts`), the thread's bundle sits beside this one and starts as it is.
 */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const BOOT = new URL(FROM_SOURCES ? './csv-worker-boot.mjs' : './csv-worker.js', import.meta.url);
const ENTRY = new URL('./csv-worker.ts', import.meta.url);

/** Reads the file on a worker thread: the same events, in the same order, as on this one. */
export async function* readCsvInWorker(request: CsvReadRequest): AsyncGenerator<StageEvent> {
  const thread = idle.pop() ?? new ReaderThread();
  const { port1, port2 } = new MessageChannel();
  const inbox = thread.start({ request, port: port2 }, port1);
  const control = (message: ReadControl) => port1.postMessage(message);
  let ended = false;

  try {
    for (;;) {
      const reply = await inbox.next();
      if (reply.type === 'end') {
        ended = true;
        return;
      }
      if (reply.type === 'error') throw receiveError(reply.error);

      yield reply.event;
      control({ type: 'taken' });
    }
  } finally {
    if (!ended) await inbox.drain(() => control({ type: 'cancel' }));
    port1.close();
    thread.finish();
  }
}

const idle: ReaderThread[] = [];

class ReaderThread {
  private readonly worker: Worker;
  private inbox: Inbox | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failure: Error | undefined;

  constructor() {
    this.worker = new Worker(BOOT, {
      workerData: FROM_SOURCES ? { entry: ENTRY.href } : {},
      resourceLimits: HEAP_LIMITS,
    });
    this.worker.on('error', (error) => {
      this.fail(
        new SyncError(`the thread reading CSV files failed: ${error.message}`, { cause: error }),
      );
    });
    this.worker.on('exit', (code) => {
      this.fail(new SyncError(`the thread reading CSV files stopped (exit code ${code})`));
    });
  }

  start(job: ReadJob, port: MessagePort): Inbox {
    clearTimeout(this.timer);
    this.worker.ref();
    this.inbox = new Inbox(port, this.failure);
    this.worker.postMessage(job, [job.port]);

    return this.inbox;
  }

  /** Back to the unused threads, or gone if it failed. */
  finish(): void {
    this.inbox = undefined;
    if (this.failure) return;

    this.worker.unref();
    idle.push(this);
    this.timer = setTimeout(() => this.end(), IDLE_MS).unref();
  }

  private end(): void {
    idle.splice(idle.indexOf(this), 1);
    void this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.inbox?.fail(this.failure);
    const at = idle.indexOf(this);
    if (at !== -1) idle.splice(at, 1);
  }
}

/** The replies of one reading, taken one at a time; rejects once the thread failed. */
class Inbox {
  private readonly replies: ReadReply[] = [];
  private waiting:
    { resolve: (reply: ReadReply) => void; reject: (error: Error) => void } | undefined;

  constructor(
    port: MessagePort,
    private failure: Error | undefined,
  ) {
    port.on('message', (reply: ReadReply) => {
      if (this.waiting) this.waiting.resolve(reply);
      else this.replies.push(reply);
      this.waiting = undefined;
    });
  }

  next(): Promise<ReadReply> {
    const reply = this.replies.shift();
    if (reply) return Promise.resolve(reply);
    if (this.failure) return Promise.reject(this.failure);

    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  fail(error: Error): void {
    this.failure = error;
    this.waiting?.reject(error);
    this.waiting = undefined;
  }

  /** Stops the reading and waits until the thread has let the file go (or failed). */
  async drain(cancel: () => void): Promise<void> {
    cancel();
    try {
      while ((await this.next()).type !== 'end');
    } catch {
      // The thread failed: nothing is left to wait for.
    }
  }
}
