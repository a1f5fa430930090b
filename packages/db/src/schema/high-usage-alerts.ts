/** High mobile-data usage alerts (`HighUsage`). */
import { index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { calendarDate, decimal, identity, instant } from './columns.ts';
import { provenance } from './provenance.ts';

export const highUsageAlerts = pgTable(
  'high_usage_alerts',
  {
    id: identity(),
    customerId: text('customer_id').notNull(),
    /** E.164. */
    msisdn: text('msisdn').notNull(),
    msisdnRaw: text('msisdn_raw').notNull(),
    iccid: text('iccid'),
    periodStart: calendarDate('period_start').notNull(),
    volumeMb: decimal('volume_mb', 14, 3).notNull(),
    thresholdMb: decimal('threshold_mb', 14, 3).notNull(),
    /** Percent of the threshold. */
    level: integer('level'),
    detectedAt: instant('detected_at').notNull(),
    ...provenance(),
  },
  (t) => [
    unique('high_usage_alerts_msisdn_detected_at_key').on(t.msisdn, t.detectedAt),
    index('high_usage_alerts_customer_id_idx').on(t.customerId),
  ],
);
