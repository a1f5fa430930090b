/**
 * SIM orders (`Cartes SIM`): the order, the cards it listed and, apart, their PIN and PUK
 * codes. The codes live in their own table so that access to them can be granted, revoked
 * and audited separately; nothing else in the schema holds them.
 */
import { index, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { calendarDate, extra, identity } from './columns.ts';
import { simFormat } from './enums.ts';
import { provenance } from './provenance.ts';

export const simOrders = pgTable('sim_orders', {
  orderRef: text('order_ref').primaryKey(),
  orderDate: calendarDate('order_date').notNull(),
  ...provenance(),
});

function orderRef() {
  return text('order_ref')
    .notNull()
    .references(() => simOrders.orderRef, { onDelete: 'cascade' });
}

export const simOrderItems = pgTable(
  'sim_order_items',
  {
    id: identity(),
    orderRef: orderRef(),
    iccid: text('iccid').notNull(),
    imsi: text('imsi'),
    msisdn: text('msisdn'),
    msisdnRaw: text('msisdn_raw'),
    simFormat: simFormat('sim_format'),
    profile: text('profile'),
    extra: extra(),
    ...provenance(),
  },
  (t) => [
    unique('sim_order_items_order_ref_iccid_key').on(t.orderRef, t.iccid),
    index('sim_order_items_iccid_idx').on(t.iccid),
  ],
);

/** Secret codes of a card. Never log a row of this table. */
export const simSecrets = pgTable(
  'sim_secrets',
  {
    orderRef: orderRef(),
    iccid: text('iccid').notNull(),
    pin1: text('pin1'),
    puk1: text('puk1'),
    pin2: text('pin2'),
    puk2: text('puk2'),
    ...provenance(),
  },
  (t) => [primaryKey({ columns: [t.orderRef, t.iccid] })],
);
