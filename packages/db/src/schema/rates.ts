/**
 * Rate tables (`Tables tarifaires`): one row per file of a table code, and its rates. A
 * called number is priced by the longest prefix valid on the call's date.
 */
import { index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { bigNumber, calendarDate, decimal, identity } from './columns.ts';
import { eventType, rateService } from './enums.ts';
import { provenance } from './provenance.ts';
import { sourceFiles } from './source-files.ts';

export const rateTables = pgTable(
  'rate_tables',
  {
    id: identity(),
    code: text('code').notNull(),
    /** The date in the file name. */
    fileDate: calendarDate('file_date').notNull(),
    sourceFileId: bigNumber('source_file_id')
      .notNull()
      .references(() => sourceFiles.id),
  },
  (t) => [unique('rate_tables_code_file_date_key').on(t.code, t.fileDate)],
);

export const rates = pgTable(
  'rates',
  {
    id: identity(),
    rateTableId: bigNumber('rate_table_id')
      .notNull()
      .references(() => rateTables.id, { onDelete: 'cascade' }),
    tableCode: text('table_code').notNull(),
    service: rateService('service').notNull(),
    eventType: eventType('event_type').notNull(),
    /** Digits of the destination in international form without `+`; null for data. */
    prefix: text('prefix'),
    destination: text('destination'),
    zone: text('zone'),
    /** Per minute for voice, per unit for SMS and MMS, per megabyte for data. */
    price: decimal('price', 12, 4).notNull(),
    /** Per call. */
    setupFee: decimal('setup_fee', 12, 4),
    /** Billing increments in seconds (`60/60`), voice only. */
    incrementFirst: integer('increment_first'),
    incrementNext: integer('increment_next'),
    validFrom: calendarDate('valid_from').notNull(),
    validTo: calendarDate('valid_to'),
    ...provenance(),
  },
  (t) => [
    unique('rates_table_code_service_event_type_prefix_valid_from_key')
      .on(t.tableCode, t.service, t.eventType, t.prefix, t.validFrom)
      .nullsNotDistinct(),
    index('rates_rate_table_id_idx').on(t.rateTableId),
  ],
);
