import type { PgTable } from 'drizzle-orm/pg-core';
import type { FileFacts, ParsedRow } from '@vnodrop/schemas';
import type { Executor } from '../db/execute.ts';
import type { Stage } from '../load/stage.ts';
import type { Cells } from './cells.ts';

export interface MapContext {
  readonly fileId: number;
  readonly facts: FileFacts;
  /** The file's extraction time, or the time it was listed when its name has none. */
  readonly fileTime: Date;
}

/** One table a family writes to, and how a parsed row becomes a row of it. */
export interface Output {
  readonly table: PgTable;
  /** The row for this table (Drizzle field names), or null when the row has none for it. */
  map(cells: Cells, row: ParsedRow, context: MapContext): Record<string, unknown> | null;
}

export interface MergeResult {
  /** Rows that added or changed something. */
  loaded: number;
  /** Rows already loaded with the same values, or repeated in the file. */
  duplicates: number;
}

/** How one CSV family loads: the tables it fills, then one set-based merge. */
export interface FamilyLoader {
  readonly outputs: readonly Output[];
  /** Stages are in the order of `outputs`; a stage is absent when no row mapped to it. */
  merge(
    tx: Executor,
    stages: readonly (Stage | undefined)[],
    context: MapContext,
  ): Promise<MergeResult>;
}

/** The row's provenance, for every loaded row. */
export function provenance(row: ParsedRow, context: MapContext) {
  return { sourceFileId: context.fileId, sourceLine: row.line };
}
