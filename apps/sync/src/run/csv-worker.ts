/**
 * The worker thread that reads large CSV files (see `csv-workers.ts`): one file at a time, its
 * events sent as they come, never more than {@link EVENTS_AHEAD} ahead of the thread that
 * takes them.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { formatOf } from '@vnodrop/schemas';
import { readCsvInline, type CsvReadRequest } from './csv-reading.ts';
import { EVENTS_AHEAD, type ReadControl, type ReadReply } from './csv-worker-protocol.ts';
import { transportError } from './transported-error.ts';

let queue = Promise.resolve();

parentPort!.on('message', (job: { request: CsvReadRequest; port: MessagePort }) => {
  queue = queue.then(() => read(job.request, job.port));
});

async function read(request: CsvReadRequest, port: MessagePort): Promise<void> {
  const send = (reply: ReadReply) => port.postMessage(reply);
  const credit = new Credit(EVENTS_AHEAD);
  port.on('message', (control: ReadControl) => credit.receive(control));

  try {
    for await (const event of readCsvInline(withOwnFormat(request))) {
      send({ type: 'event', event });
      if (!(await credit.spend())) break;
    }
  } catch (error) {
    if (!credit.cancelled) send({ type: 'error', error: transportError(error) });
  } finally {
    send({ type: 'end' });
    port.close();
  }
}

/** The format arrives as a copy; the reader keys its caches on the declared one. */
function withOwnFormat(request: CsvReadRequest): CsvReadRequest {
  const family = request.facts.format!.family;

  return { ...request, facts: { ...request.facts, format: formatOf(family) } };
}

/** How many more events may be sent, and whether the reading was abandoned. */
class Credit {
  cancelled = false;
  private wake: (() => void) | undefined;

  constructor(private left: number) {}

  receive(control: ReadControl): void {
    if (control.type === 'cancel') this.cancelled = true;
    else this.left += 1;
    this.wake?.();
  }

  /** Takes one credit, waiting for one if none is left; false once cancelled. */
  async spend(): Promise<boolean> {
    this.left -= 1;
    while (this.left <= 0 && !this.cancelled) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }

    return !this.cancelled;
  }
}
