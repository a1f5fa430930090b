/**
 * Fixed services as the `Account_VGA`, `Account_VoIP` and `Account_XDSL` snapshots report
 * them: one row per line, number or access, holding its last known state.
 */
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { identity } from './columns.ts';
import { snapshotState } from './snapshot-state.ts';

function customerId() {
  return text('customer_id')
    .notNull()
    .references(() => customers.id);
}

export const vgaLines = pgTable(
  'vga_lines',
  {
    id: identity(),
    customerId: customerId(),
    /** The line's directory number, E.164. */
    number: text('number').notNull().unique(),
    numberRaw: text('number_raw').notNull(),
    address: text('address'),
    zipCode: text('zip_code'),
    city: text('city'),
    orderRef: text('order_ref'),
    ...snapshotState(),
  },
  (t) => [index('vga_lines_customer_id_idx').on(t.customerId)],
);

export const voipNumbers = pgTable(
  'voip_numbers',
  {
    id: identity(),
    customerId: customerId(),
    /** The SIP number, E.164. */
    number: text('number').notNull().unique(),
    numberRaw: text('number_raw').notNull(),
    sipAccount: text('sip_account'),
    channels: integer('channels'),
    orderRef: text('order_ref'),
    ...snapshotState(),
  },
  (t) => [index('voip_numbers_customer_id_idx').on(t.customerId)],
);

export const xdslAccesses = pgTable(
  'xdsl_accesses',
  {
    id: identity(),
    customerId: customerId(),
    accessRef: text('access_ref').notNull().unique(),
    /** The phone line the access rides on, E.164, when there is one. */
    lineNumber: text('line_number'),
    lineNumberRaw: text('line_number_raw'),
    technology: text('technology'),
    downloadKbps: integer('download_kbps'),
    uploadKbps: integer('upload_kbps'),
    address: text('address'),
    zipCode: text('zip_code'),
    city: text('city'),
    orderRef: text('order_ref'),
    ...snapshotState(),
  },
  (t) => [
    index('xdsl_accesses_customer_id_idx').on(t.customerId),
    index('xdsl_accesses_line_number_idx').on(t.lineNumber),
  ],
);
