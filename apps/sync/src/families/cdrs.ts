import { billedFixedCdrs, billedMobileCdrs, fixedCdrs, mobileCdrs, xdslCharges } from '@vnodrop/db';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { ParsedRow } from '@vnodrop/schemas';
import type { Executor } from '../db/execute.ts';
import { mergeRecords } from '../load/merge-records.ts';
import type { Stage } from '../load/stage.ts';
import type { Cells } from './cells.ts';
import { provenance, type FamilyLoader, type MapContext } from './loader.ts';

const CDR_KEY = ['customer_id', 'cdr_id', 'started_at'];

function mobileRecord(cells: Cells, row: ParsedRow, context: MapContext) {
  const msisdn = cells.phone('msisdn')!;
  const called = cells.called('calledNumber');

  return {
    customerId: cells.required('customerId'),
    cdrId: cells.required('cdrId'),
    startedAt: cells.instant('startTime')!,
    msisdn: msisdn.e164,
    msisdnRaw: msisdn.raw,
    iccid: cells.text('iccid'),
    eventType: cells.required('eventType'),
    direction: cells.text('direction'),
    calledNumber: called?.e164 ?? null,
    calledNumberRaw: called?.raw ?? null,
    calledIsPhone: called ? called.e164 !== null : null,
    durationS: cells.int('duration'),
    volume: cells.int('volume'),
    roaming: cells.bool('roaming'),
    country: cells.text('country'),
    ...pricing(cells),
    timeAmbiguous: cells.ambiguous('startTime'),
    extra: cells.extra,
    ...provenance(row, context),
  };
}

function fixedRecord(service: 'VGA' | 'VOIP') {
  return (cells: Cells, row: ParsedRow, context: MapContext) => {
    const line = cells.phone('lineNumber')!;
    const called = cells.called('calledNumber')!;

    return {
      service,
      customerId: cells.required('customerId'),
      cdrId: cells.required('cdrId'),
      startedAt: cells.instant('startTime')!,
      lineNumber: line.e164,
      lineNumberRaw: line.raw,
      calledNumber: called.e164,
      calledNumberRaw: called.raw,
      calledIsPhone: called.e164 !== null,
      durationS: cells.int('duration'),
      ...pricing(cells),
      timeAmbiguous: cells.ambiguous('startTime'),
      extra: cells.extra,
      ...provenance(row, context),
    };
  };
}

function pricing(cells: Cells) {
  return {
    destination: cells.text('destination'),
    zone: cells.text('zone'),
    unitPrice: cells.text('unitPrice'),
    amount: cells.required('amount'),
    tariffCode: cells.text('tariffCode'),
  };
}

function billing(cells: Cells) {
  return {
    billingPeriod: cells.required('billingPeriod'),
    invoiceNumber: cells.text('invoiceNumber'),
  };
}

function recordLoader(
  table: PgTable,
  map: (cells: Cells, row: ParsedRow, context: MapContext) => Record<string, unknown>,
  key: readonly string[] = CDR_KEY,
  partitionBy: string | null = 'started_at',
  prepare?: (tx: Executor, stage: Stage) => Promise<void>,
): FamilyLoader {
  return {
    outputs: [{ table, map }],
    async merge(tx, [stage], context) {
      if (!stage) return { loaded: 0, duplicates: 0 };
      if (prepare) await prepare(tx, stage);

      const counts = await mergeRecords(tx, stage, {
        identity: 'cdr_id',
        primaryKey: key,
        ...(partitionBy ? { partitionBy } : {}),
        fileId: context.fileId,
        fileTime: context.facts.extractedAt ?? null,
      });

      return { loaded: counts.inserted + counts.revised, duplicates: counts.duplicates };
    },
  };
}

export const ratedMobile = recordLoader(mobileCdrs, mobileRecord);
export const ratedVga = recordLoader(fixedCdrs, fixedRecord('VGA'));
export const ratedVoip = recordLoader(fixedCdrs, fixedRecord('VOIP'));

export const billedMobile = recordLoader(billedMobileCdrs, (cells, row, context) => ({
  ...mobileRecord(cells, row, context),
  ...billing(cells),
}));

/** The billed fixed file holds VGA lines and VoIP numbers alike: the line number tells. */
export const billedVga = recordLoader(
  billedFixedCdrs,
  (cells, row, context) => ({ ...fixedRecord('VGA')(cells, row, context), ...billing(cells) }),
  CDR_KEY,
  'started_at',
  async (tx, stage) => {
    await tx.execute(sql`
      update ${sql.identifier(stage.name)} s set service = 'VOIP'
      where exists (select 1 from voip_numbers v where v.number = s.line_number)
         or exists (select 1 from fixed_cdrs f where f.cdr_id = s.cdr_id and f.service = 'VOIP')`);
  },
);

export const ratedXdsl = recordLoader(
  xdslCharges,
  (cells, row, context) => ({
    customerId: cells.required('customerId'),
    cdrId: cells.required('cdrId'),
    accessRef: cells.required('accessRef'),
    chargeType: cells.required('chargeType'),
    label: cells.text('label'),
    periodStart: cells.text('periodStart'),
    periodEnd: cells.text('periodEnd'),
    quantity: cells.text('quantity'),
    amount: cells.required('amount'),
    extra: cells.extra,
    ...provenance(row, context),
  }),
  ['customer_id', 'cdr_id'],
  null,
);
