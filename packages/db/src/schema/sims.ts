/** SIM cards as the `AccountStatus` snapshot reports them, with what their order said. */
import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { identity, instant } from './columns.ts';
import { customers } from './customers.ts';
import { simFormat } from './enums.ts';
import { snapshotState } from './snapshot-state.ts';

export const sims = pgTable(
  'sims',
  {
    id: identity(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    iccid: text('iccid').notNull().unique(),
    /** E.164; null before activation. */
    msisdn: text('msisdn'),
    msisdnRaw: text('msisdn_raw'),
    imsi: text('imsi'),
    /** When the status took effect, as the snapshot says (`StatusDate`). */
    statusAt: instant('status_at'),
    /** The SIM order that listed the card, with its format and profile. */
    orderRef: text('order_ref'),
    simFormat: simFormat('sim_format'),
    profile: text('profile'),
    ...snapshotState(),
  },
  (t) => [index('sims_customer_id_idx').on(t.customerId), index('sims_msisdn_idx').on(t.msisdn)],
);
