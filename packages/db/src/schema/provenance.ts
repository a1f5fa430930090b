/** Where a loaded row came from: the ledger entry of its file and its line in that file. */
import { integer } from 'drizzle-orm/pg-core';
import { bigNumber } from './columns.ts';
import { sourceFiles } from './source-files.ts';

/** `source_file_id` and `source_line`, both required. */
export function provenance() {
  return {
    sourceFileId: bigNumber('source_file_id')
      .notNull()
      .references(() => sourceFiles.id),
    sourceLine: integer('source_line').notNull(),
  };
}

/** `source_file_id` required, `source_line` optional (rows derived from a whole file). */
export function fileProvenance() {
  return {
    sourceFileId: bigNumber('source_file_id')
      .notNull()
      .references(() => sourceFiles.id),
    sourceLine: integer('source_line'),
  };
}
