/**
 * Each customer invoice against its billed records: an invoice's amount excluding VAT is the
 * sum of the records billed on it, rounded to the cent.
 */
import { sql } from 'drizzle-orm';
import { selectRows } from '../rows.ts';
import { allOf, checkPeriod, type Queryable } from './sql-parts.ts';

export const INVOICE_CHECK_STATUSES = ['matches', 'differs', 'no-summary', 'no-records'] as const;
export type InvoiceCheckStatus = (typeof INVOICE_CHECK_STATUSES)[number];

export interface InvoiceCheck {
  readonly invoiceNumber: string;
  readonly customerId: string;
  /** `YYYY-MM`: the invoice's month, or its records' billing period without a summary row. */
  readonly period: string;
  /** `AmountExclTax` of the monthly summary; null when the summary does not list it. */
  readonly summaryAmount: string | null;
  /** The sum of its billed records, rounded half-up to the cent (`6.50`). */
  readonly billedAmount: string;
  readonly billedRecords: number;
  /** `summaryAmount − billedAmount`; null without a summary row. */
  readonly difference: string | null;
  /**
   * `matches`, `differs`, `no-summary` (records name an invoice the summary does not list)
   * or `no-records` (a listed invoice with no billed record, whatever its amount).
   */
  readonly status: InvoiceCheckStatus;
}

export interface InvoiceCheckOptions {
  readonly period?: string;
  readonly customerId?: string;
  /** Leave out the invoices that match (default false). */
  readonly onlyDifferences?: boolean;
}

type Row = {
  invoice_number: string;
  customer_id: string;
  period: string;
  summary_amount: string | null;
  billed_amount: string;
  billed_records: number;
  difference: string | null;
  status: InvoiceCheckStatus;
};

/** One check per invoice of the summaries or of the billed records, by invoice number. */
export async function checkInvoiceTotals(
  db: Queryable,
  options: InvoiceCheckOptions = {},
): Promise<InvoiceCheck[]> {
  const period = options.period === undefined ? undefined : checkPeriod(options.period);
  const billedWhere = allOf([
    sql`invoice_number is not null`,
    period === undefined ? undefined : sql`billing_period = ${period}`,
    options.customerId === undefined ? undefined : sql`customer_id = ${options.customerId}`,
  ]);
  const invoiceWhere = allOf([
    period === undefined ? undefined : sql`i.period = ${period}`,
    options.customerId === undefined ? undefined : sql`i.customer_id = ${options.customerId}`,
  ]);

  const rows = await selectRows<Row>(
    db,
    sql`with billed as (
          select invoice_number, min(customer_id) as customer_id,
                 min(billing_period) as period, count(*)::int as records, sum(amount) as total
          from (select invoice_number, customer_id, billing_period, amount
                  from billed_mobile_cdrs where ${billedWhere}
                union all
                select invoice_number, customer_id, billing_period, amount
                  from billed_fixed_cdrs where ${billedWhere}) r
          group by invoice_number
        ), invoice as (select * from invoices i where ${invoiceWhere}),
        checked as (
          select coalesce(i.invoice_number, b.invoice_number) as invoice_number,
                 coalesce(i.customer_id, b.customer_id) as customer_id,
                 coalesce(i.period, b.period) as period,
                 i.amount_excl_tax::text as summary_amount,
                 round(coalesce(b.total, 0), 2) as billed,
                 coalesce(b.records, 0) as billed_records,
                 i.amount_excl_tax - round(coalesce(b.total, 0), 2) as difference,
                 case when i.invoice_number is null then 'no-summary'
                      when b.invoice_number is null then 'no-records'
                      when i.amount_excl_tax = round(b.total, 2) then 'matches'
                      else 'differs' end as status
          from invoice i full join billed b on b.invoice_number = i.invoice_number
        )
        select invoice_number, customer_id, period, summary_amount,
               billed::text as billed_amount, billed_records, difference::text as difference,
               status
        from checked
        where ${options.onlyDifferences ? sql`status <> 'matches'` : sql`true`}
        order by period, invoice_number`,
  );

  return rows.map((row) => ({
    invoiceNumber: row.invoice_number,
    customerId: row.customer_id,
    period: row.period,
    summaryAmount: row.summary_amount,
    billedAmount: row.billed_amount,
    billedRecords: Number(row.billed_records),
    difference: row.difference,
    status: row.status,
  }));
}
