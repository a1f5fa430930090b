/** The integrator's invoices to its customers, and the wholesaler's to the integrator. */
import { billedFixedCdrs, billedMobileCdrs } from '@vnodrop/db';
import { builder } from '../builder.ts';
import { connectionType } from './connections.ts';
import { BilledFixedCdrConnection } from './fixed-cdr.ts';
import { BilledMobileCdrConnection } from './mobile-cdr.ts';

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
      description:
        'The sum of the billed records that name the invoice, rounded to the cent: what ' +
        '`amountExclTax` should be. A difference means the summary and the billed files disagree.',
      select: {
        extras: {
          billedAmountExclTax: (invoice, { sql }) => sql<string>`(
            select round(coalesce(sum(billed.amount), 0), 2)::text from (
              select amount from ${billedMobileCdrs}
                where ${billedMobileCdrs.invoiceNumber} = ${invoice.invoiceNumber}
              union all
              select amount from ${billedFixedCdrs}
                where ${billedFixedCdrs.invoiceNumber} = ${invoice.invoiceNumber}
            ) as billed)`,
        },
      },
      resolve: (invoice) => invoice.billedAmountExclTax,
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
