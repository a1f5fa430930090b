import { simOrderItems, simOrders, simSecrets } from '@vnodrop/db';
import { upsertRows } from '../load/upsert-rows.ts';
import { linkSimsToOrders } from './inventories.ts';
import { provenance, type FamilyLoader } from './loader.ts';

/**
 * A SIM order: the order, its cards, and their PIN/PUK codes, which go to a table of their
 * own so that access to them can be granted apart.
 */
export const simOrder: FamilyLoader = {
  outputs: [
    {
      table: simOrders,
      map: (cells, row, context) => ({
        orderRef: cells.required('orderRef'),
        orderDate: cells.required('orderDate'),
        ...provenance(row, context),
      }),
    },
    {
      table: simOrderItems,
      map: (cells, row, context) => {
        const msisdn = cells.phone('msisdn');

        return {
          orderRef: cells.required('orderRef'),
          iccid: cells.required('iccid'),
          imsi: cells.text('imsi'),
          msisdn: msisdn?.e164 ?? null,
          msisdnRaw: msisdn?.raw ?? null,
          simFormat: cells.text('format'),
          profile: cells.text('profile'),
          extra: cells.extra,
          ...provenance(row, context),
        };
      },
    },
    {
      table: simSecrets,
      map: (cells, row, context) => ({
        orderRef: cells.required('orderRef'),
        iccid: cells.required('iccid'),
        pin1: cells.text('pin1'),
        puk1: cells.text('puk1'),
        pin2: cells.text('pin2'),
        puk2: cells.text('puk2'),
        ...provenance(row, context),
      }),
    },
  ],
  async merge(tx, [orders, items, secrets]) {
    if (!orders || !items || !secrets) return { loaded: 0, duplicates: 0 };

    await upsertRows(tx, orders, ['order_ref']);
    const counts = await upsertRows(tx, items, ['order_ref', 'iccid']);
    await upsertRows(tx, secrets, ['order_ref', 'iccid']);
    await linkSimsToOrders(tx);

    return { loaded: counts.inserted + counts.updated, duplicates: counts.duplicates };
  },
};
