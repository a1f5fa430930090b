/** Rated xDSL charges (`RatedCDRs/XDSL`): subscriptions, one-off fees and usage. */
import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { calendarDate, decimal, extra, recordedAt } from './columns.ts';
import { chargeType } from './enums.ts';
import { provenance } from './provenance.ts';

export const xdslCharges = pgTable(
  'xdsl_charges',
  {
    customerId: text('customer_id').notNull(),
    cdrId: text('cdr_id').notNull(),
    accessRef: text('access_ref').notNull(),
    chargeType: chargeType('charge_type').notNull(),
    label: text('label'),
    periodStart: calendarDate('period_start'),
    periodEnd: calendarDate('period_end'),
    quantity: decimal('quantity', 12, 3),
    amount: decimal('amount', 14, 4).notNull(),
    extra: extra(),
    ...provenance(),
    loadedAt: recordedAt('loaded_at'),
    updatedAt: recordedAt('updated_at'),
  },
  (t) => [
    primaryKey({ name: 'xdsl_charges_pkey', columns: [t.customerId, t.cdrId] }),
    index('xdsl_charges_access_ref_idx').on(t.accessRef),
  ],
);
