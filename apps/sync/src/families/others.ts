import { sql } from 'drizzle-orm';
import { highUsageAlerts, invoices, rateTables, rates } from '@vnodrop/db';
import { selectRows } from '@vnodrop/db';
import { upsertRows } from '../load/upsert-rows.ts';
import { provenance, type FamilyLoader } from './loader.ts';

export const highUsage: FamilyLoader = {
  outputs: [
    {
      table: highUsageAlerts,
      map: (cells, row, context) => {
        const msisdn = cells.phone('msisdn')!;

        return {
          customerId: cells.required('customerId'),
          msisdn: msisdn.e164,
          msisdnRaw: msisdn.raw,
          iccid: cells.text('iccid'),
          periodStart: cells.required('periodStart'),
          volumeMb: cells.required('volumeMb'),
          thresholdMb: cells.required('thresholdMb'),
          level: cells.int('level'),
          detectedAt: cells.instant('detectedAt')!,
          ...provenance(row, context),
        };
      },
    },
  ],
  async merge(tx, [stage]) {
    if (!stage) return { loaded: 0, duplicates: 0 };

    const counts = await upsertRows(tx, stage, ['msisdn', 'detected_at'], { customers: true });

    return { loaded: counts.inserted + counts.updated, duplicates: counts.duplicates };
  },
};

/** A rate table file: the table (code and date of the file) and its rates. */
export const rateTable: FamilyLoader = {
  outputs: [
    {
      table: rates,
      map: (cells, row, context) => {
        const increment = cells.increment('increment');

        return {
          rateTableId: 0,
          tableCode: cells.required('tableCode'),
          service: cells.required('service'),
          eventType: cells.required('type'),
          prefix: cells.text('prefix'),
          destination: cells.text('destination'),
          zone: cells.text('zone'),
          price: cells.required('unitPrice'),
          setupFee: cells.text('connectionFee'),
          incrementFirst: increment?.first ?? null,
          incrementNext: increment?.next ?? null,
          validFrom: cells.required('validFrom'),
          validTo: cells.text('validTo'),
          ...provenance(row, context),
        };
      },
    },
  ],
  async merge(tx, [stage], context) {
    if (!stage) return { loaded: 0, duplicates: 0 };

    const code = context.facts.tableCode ?? 'unknown';
    const fileDate = context.facts.fileDate ?? context.fileTime.toISOString().slice(0, 10);
    const [table] = await selectRows<{ id: number }>(
      tx,
      sql`insert into ${rateTables} (code, file_date, source_file_id)
          values (${code}, ${fileDate}, ${context.fileId})
          on conflict (code, file_date) do update set source_file_id = excluded.source_file_id
          returning id`,
    );
    await tx.execute(sql`update ${sql.identifier(stage.name)} set rate_table_id = ${table!.id}`);
    const counts = await upsertRows(tx, stage, [
      'table_code',
      'service',
      'event_type',
      'prefix',
      'valid_from',
    ]);

    return { loaded: counts.inserted + counts.updated, duplicates: counts.duplicates };
  },
};

/** The monthly summary of customer invoices; each invoice is linked to its PDF if stored. */
export const invoiceSummary: FamilyLoader = {
  outputs: [
    {
      table: invoices,
      map: (cells, row, context) => ({
        invoiceNumber: cells.required('invoiceNumber'),
        customerId: cells.required('customerId'),
        invoiceDate: cells.required('invoiceDate'),
        dueDate: cells.text('dueDate'),
        amountExclTax: cells.required('amountExclTax'),
        vatAmount: cells.text('vatAmount'),
        amountInclTax: cells.text('amountInclTax'),
        period: context.facts.period ?? cells.required('invoiceDate').slice(0, 7),
        pdfFileId: null,
        ...provenance(row, context),
      }),
    },
  ],
  async merge(tx, [stage]) {
    if (!stage) return { loaded: 0, duplicates: 0 };

    await tx.execute(sql`
      update ${sql.identifier(stage.name)} s set pdf_file_id = f.id
      from stored_files f where f.kind = 'invoice-pdf' and f.invoice_number = s.invoice_number`);
    const counts = await upsertRows(tx, stage, ['invoice_number'], { customers: true });

    return { loaded: counts.inserted + counts.updated, duplicates: counts.duplicates };
  },
};
