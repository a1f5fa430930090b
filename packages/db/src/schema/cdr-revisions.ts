/**
 * Earlier values of a usage record that a later file replaced (a file deposited again with
 * corrected content): the record keeps its key, this table keeps what it said before.
 */
import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { bigNumber, identity, instant, recordedAt } from './columns.ts';
import { sourceFiles } from './source-files.ts';

export const cdrRevisions = pgTable(
  'cdr_revisions',
  {
    id: identity(),
    /** `mobile_cdrs`, `fixed_cdrs`, `billed_mobile_cdrs`, `billed_fixed_cdrs` or `xdsl_charges`. */
    tableName: text('table_name').notNull(),
    cdrId: text('cdr_id').notNull(),
    customerId: text('customer_id').notNull(),
    startedAt: instant('started_at'),
    /** The replaced row, column names as in the table (snake_case), values as JSON. */
    values: jsonb('values').$type<Record<string, unknown>>().notNull(),
    replacedAt: recordedAt('replaced_at'),
    replacedByFileId: bigNumber('replaced_by_file_id')
      .notNull()
      .references(() => sourceFiles.id),
    /** The file the earlier values came from. */
    sourceFileId: bigNumber('source_file_id')
      .notNull()
      .references(() => sourceFiles.id),
  },
  (t) => [index('cdr_revisions_record_idx').on(t.tableName, t.cdrId)],
);
