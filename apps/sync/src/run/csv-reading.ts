import type { FileFacts } from '@vnodrop/schemas';
import { stageBatches, type StageEvent } from '../load/stage-batches.ts';
import type { StageFormat } from '../load/stage-text.ts';
import { openLocal } from './open-local.ts';

/** What reading one downloaded file needs: plain data, so that it can cross to a worker. */
export interface CsvReadRequest {
  /** The file's path in the drop: names it in errors and rejected rows. */
  readonly path: string;
  readonly localPath: string;
  readonly facts: FileFacts;
  readonly fileId: number;
  readonly fileTime: Date;
  readonly format: StageFormat;
}

/** Reads the file on this thread: the events of {@link stageBatches}. */
export function readCsvInline(request: CsvReadRequest): AsyncGenerator<StageEvent> {
  const { facts } = request;

  return stageBatches({
    family: facts.format!.family,
    source: { name: request.path, open: () => openLocal(request.localPath, facts) },
    context: { fileId: request.fileId, facts, fileTime: request.fileTime },
    format: request.format,
  });
}
