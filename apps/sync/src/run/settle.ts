import type { ListedFile } from './plan.ts';

/** Remote sources: a file must keep its size and time this long before it is taken. */
export const REMOTE_SETTLE_MS = 10_000;

/**
 * How long files must keep their size and time before they are taken: as given, else
 * {@link REMOTE_SETTLE_MS} for a server and nothing for a local folder.
 */
export function settleMsFor(sourceUrl: string, given: number | undefined): number {
  if (given !== undefined) return given;

  return sourceUrl.startsWith('file:') ? 0 : REMOTE_SETTLE_MS;
}

export interface Settled {
  /** Files with the same size and time in both listings, as the later listing has them. */
  readonly settled: ListedFile[];
  /** Files whose size or time changed in between: still being written. */
  readonly arriving: ListedFile[];
  /** Files gone from the later listing (renamed or removed). */
  readonly gone: ListedFile[];
}

/**
 * Compares `candidates` from one listing with a later listing: only a file whose size and
 * modification time did not change is complete enough to take.
 */
export function settledFiles(
  candidates: readonly ListedFile[],
  later: readonly ListedFile[],
): Settled {
  const now = new Map(later.map((file) => [file.path, file]));
  const result: Settled = { settled: [], arriving: [], gone: [] };

  for (const file of candidates) {
    const again = now.get(file.path);

    if (!again) {
      result.gone.push(file);
    } else if (again.size !== file.size || !sameTime(again.modifiedAt, file.modifiedAt)) {
      result.arriving.push(again);
    } else {
      result.settled.push(again);
    }
  }

  return result;
}

function sameTime(a: Date, b: Date): boolean {
  return a.getTime() === b.getTime();
}
