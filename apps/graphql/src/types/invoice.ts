/** The integrator's invoices to its customers, and the wholesaler's to the integrator. */
import { billedFixedCdrs, billedMobileCdrs, type invoices } from '@vnodrop/db';
import { sql } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { filePath } from '../files/file-path.ts';
import { connectionType } from './connections.ts';
import { BilledFixedCdrConnection } from './fixed-cdr.ts';
import { BilledMobileCdrConnection } from './mobile-cdr.ts';

/**
 * The sum of an invoice's billed records, rounded half-up to the cent, as the invoice checks
 * of @vnodrop/db count it; a subquery of the invoice's own statement.
 */
function billedTotalOf(invoice: typeof invoices) {
  return sql`(
    select round(coalesce(sum(billed.amount), 0), 2) from (
      select amount from ${billedMobileCdrs}
        where ${billedMobileCdrs.invoiceNumber} = ${invoice.invoiceNumber}
      union all
      select amount from ${billedFixedCdrs}
        where ${billedFixedCdrs.invoiceNumber} = ${invoice.invoiceNumber}
    ) as billed)`;
}

const BILLED_TOTAL = {
  extras: {
    billedTotal: (invoice: typeof invoices) => sql<string>`${billedTotalOf(invoice)}::text`,
  },
};

const BILLED_DIFFERENCE = {
  extras: {
    billedDifference: (invoice: typeof invoices) =>
      sql<string>`(${invoice.amountExclTax} - ${billedTotalOf(invoice)})::text`,
  },
};

export const Invoice = builder.drizzleNode('invoices', {
  name: 'Invoice',
  description: "A customer's invoice, from the monthly summary, with its PDF.",
  id: { column: (invoice) => invoice.invoiceNumber },
  fields: (t) => ({
    invoiceNumber: t.exposeString('invoiceNumber'),
    customerRef: t.exposeString('customerId'),
    customer: t.relation('customer'),
    invoiceDate: t.expose('invoiceDate', { type: 'Date' }),
    dueDate: t.expose('dueDate', { type: 'Date', nullable: true }),
    period: t.exposeString('period', { description: '`YYYY-MM`.' }),
    amountExclTax: t.expose('amountExclTax', { type: 'Decimal' }),
    vatAmount: t.expose('vatAmount', { type: 'Decimal', nullable: true }),
    amountInclTax: t.expose('amountInclTax', { type: 'Decimal', nullable: true }),
    billedAmountExclTax: t.field({
      type: 'Decimal',
      description: 'The same as `billedTotal`.',
      deprecationReason: 'Use `billedTotal`, and `difference` for the gap.',
      select: BILLED_TOTAL,
      resolve: (invoice) => invoice.billedTotal,
    }),
    billedTotal: t.field({
      type: 'Decimal',
      description:
        'The sum of the billed records that name the invoice, rounded to the cent: what ' +
        '`amountExclTax` should be.',
      select: BILLED_TOTAL,
      resolve: (invoice) => invoice.billedTotal,
    }),
    difference: t.field({
      type: 'Decimal',
      description:
        '`amountExclTax − billedTotal`: not zero when the monthly summary and the billed ' +
        'records disagree.',
      select: BILLED_DIFFERENCE,
      resolve: (invoice) => invoice.billedDifference,
    }),
    fileUrl: t.string({
      nullable: true,
      description:
        'Where to download the PDF (`/files/<id>` on this server, with the same credential); ' +
        'null when the drop had none.',
      select: { columns: { pdfFileId: true } },
      resolve: (invoice) => (invoice.pdfFileId === null ? null : filePath(invoice.pdfFileId)),
    }),
    pdf: t.relation('pdfFile', {
      nullable: true,
      description: 'The PDF of the invoice, when the drop had one.',
    }),
    billedMobileCdrs: t.relatedConnection(
      'billedMobileCdrs',
      { totalCount: true, query: { orderBy: { startedAt: 'asc' } } },
      BilledMobileCdrConnection,
    ),
    billedFixedCdrs: t.relatedConnection(
      'billedFixedCdrs',
      { totalCount: true, query: { orderBy: { startedAt: 'asc' } } },
      BilledFixedCdrConnection,
    ),
    sourceFile: t.relation('sourceFile'),
    sourceLine: t.exposeInt('sourceLine'),
  }),
});

export const InvoiceConnection = connectionType(Invoice, 'InvoiceConnection');

export const WholesalerInvoice = builder.drizzleNode('wholesalerInvoices', {
  name: 'WholesalerInvoice',
  description: "The wholesaler's invoice to the integrator (a PDF).",
  id: { column: (invoice) => invoice.reference },
  fields: (t) => ({
    reference: t.exposeString('reference'),
    period: t.exposeString('period', { description: '`YYYY-MM`.' }),
    document: t.relation('storedFile'),
  }),
});

export const WholesalerInvoiceConnection = connectionType(
  WholesalerInvoice,
  'WholesalerInvoiceConnection',
);
