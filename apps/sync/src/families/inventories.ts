import { sql } from 'drizzle-orm';
import { customers, sims, vgaLines, voipNumbers, xdslAccesses } from '@vnodrop/db';
import type { ParsedRow } from '@vnodrop/schemas';
import type { Executor } from '../db/execute.ts';
import { mergeSnapshot, type SnapshotMergeOptions } from '../load/merge-snapshot.ts';
import type { Stage } from '../load/stage.ts';
import type { Cells } from './cells.ts';
import { provenance, type FamilyLoader, type MapContext, type Output } from './loader.ts';

/** The customer named by an inventory row: inventories are where names come from. */
const customerOutput: Output = {
  table: customers,
  map: (cells, row, context) => ({
    id: cells.required('customerId'),
    name: cells.text('customerName'),
    ...provenance(row, context),
  }),
};

function snapshotColumns(cells: Cells, row: ParsedRow, context: MapContext) {
  return {
    customerId: cells.required('customerId'),
    offer: cells.text('offer'),
    offerLabel: cells.text('offerLabel'),
    status: cells.required('status'),
    activationDate: cells.text('activationDate'),
    terminationDate: cells.text('terminationDate'),
    extra: cells.extra,
    reported: true,
    firstSeenAt: context.fileTime,
    lastReportedAt: context.fileTime,
    snapshotAt: context.fileTime,
    ...provenance(row, context),
  };
}

function snapshotLoader(
  output: Output,
  options: Omit<SnapshotMergeOptions, 'fileId' | 'takenAt'>,
  after?: (tx: Executor) => Promise<void>,
): FamilyLoader {
  return {
    outputs: [customerOutput, output],
    async merge(tx, [customerStage, stage], context) {
      if (!stage) return { loaded: 0, duplicates: 0 };

      const counts = await mergeSnapshot(tx, stage, {
        ...options,
        fileId: context.fileId,
        takenAt: context.fileTime,
      });
      if (customerStage) await mergeCustomerNames(tx, customerStage, counts.newest);
      if (after) await after(tx);

      return { loaded: counts.listed, duplicates: counts.duplicates };
    },
  };
}

/** Names from the newest inventory win; an older one only names customers not yet named. */
async function mergeCustomerNames(tx: Executor, stage: Stage, newest: boolean) {
  await tx.execute(sql`
    update customers c set name = s.name, updated_at = now()
    from (select distinct on (id) id, name from ${sql.identifier(stage.name)}
          where name is not null order by id, source_line desc) s
    where c.id = s.id and c.name is distinct from s.name and (${newest} or c.name is null)`);
}

export const accountVga = snapshotLoader(
  {
    table: vgaLines,
    map: (cells, row, context) => {
      const number = cells.phone('lineNumber')!;

      return {
        number: number.e164,
        numberRaw: number.raw,
        address: cells.text('address'),
        zipCode: cells.text('zipCode'),
        city: cells.text('city'),
        orderRef: cells.text('orderRef'),
        ...snapshotColumns(cells, row, context),
      };
    },
  },
  { subject: 'vga', key: 'number' },
);

export const accountVoip = snapshotLoader(
  {
    table: voipNumbers,
    map: (cells, row, context) => {
      const number = cells.phone('sipNumber')!;

      return {
        number: number.e164,
        numberRaw: number.raw,
        sipAccount: cells.text('sipAccount'),
        channels: cells.int('channels'),
        orderRef: cells.text('orderRef'),
        ...snapshotColumns(cells, row, context),
      };
    },
  },
  { subject: 'voip', key: 'number' },
);

export const accountXdsl = snapshotLoader(
  {
    table: xdslAccesses,
    map: (cells, row, context) => {
      const number = cells.phone('lineNumber');

      return {
        accessRef: cells.required('accessRef'),
        lineNumber: number?.e164 ?? null,
        lineNumberRaw: number?.raw ?? null,
        technology: cells.text('technology'),
        downloadKbps: cells.int('downloadKbps'),
        uploadKbps: cells.int('uploadKbps'),
        address: cells.text('address'),
        zipCode: cells.text('zipCode'),
        city: cells.text('city'),
        orderRef: cells.text('orderRef'),
        ...snapshotColumns(cells, row, context),
      };
    },
  },
  { subject: 'xdsl', key: 'access_ref' },
);

export const accountStatus = snapshotLoader(
  {
    table: sims,
    map: (cells, row, context) => {
      const msisdn = cells.phone('msisdn');

      return {
        iccid: cells.required('iccid'),
        msisdn: msisdn?.e164 ?? null,
        msisdnRaw: msisdn?.raw ?? null,
        imsi: cells.text('imsi'),
        statusAt: cells.instant('statusDate'),
        ...snapshotColumns(cells, row, context),
      };
    },
  },
  { subject: 'sim', key: 'iccid', statusAt: 'status_at' },
  linkSimsToOrders,
);

/** A card listed before its order arrived learns its order, format and profile. */
export async function linkSimsToOrders(tx: Executor) {
  await tx.execute(sql`
    update sims s set order_ref = i.order_ref, sim_format = i.sim_format, profile = i.profile
    from sim_order_items i
    where i.iccid = s.iccid and s.order_ref is null`);
}
