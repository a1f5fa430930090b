/** `invoices` and `wholesalerInvoices`. */
import { invoices, wholesalerInvoices } from '@vnodrop/db';
import { and, eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import {
  Invoice,
  InvoiceConnection,
  WholesalerInvoice,
  WholesalerInvoiceConnection,
} from '../types/invoice.ts';

interface InvoiceFilterInput {
  customer?: string | null;
  period?: string | null;
}

const InvoiceFilter = builder.inputType('InvoiceFilter', {
  fields: (t) => ({
    customer: t.string({ required: false, description: 'A customer reference (`C000001`).' }),
    period: t.string({ required: false, description: 'A billing month, `YYYY-MM`.' }),
  }),
});

function invoiceCondition(table: typeof invoices, filter: InvoiceFilterInput | null | undefined) {
  return and(
    filter?.customer ? eq(table.customerId, filter.customer) : undefined,
    filter?.period ? eq(table.period, filter.period) : undefined,
  );
}

builder.queryFields((t) => ({
  invoices: t.drizzleConnection(
    {
      type: Invoice,
      description: "Customers' invoices, newest first.",
      args: { filter: t.arg({ type: InvoiceFilter, required: false }) },
      totalCount: (_root, args, context) =>
        context.db.$count(invoices, invoiceCondition(invoices, args.filter)),
      resolve: (query, _root, args, context) => {
        const condition = invoiceCondition(invoices, args.filter);

        return context.db.query.invoices.findMany(
          query({
            where: condition
              ? { RAW: (table) => invoiceCondition(table, args.filter)! }
              : undefined,
            orderBy: { invoiceDate: 'desc', invoiceNumber: 'desc' },
          }),
        );
      },
    },
    InvoiceConnection,
  ),
  wholesalerInvoices: t.drizzleConnection(
    {
      type: WholesalerInvoice,
      description: "The wholesaler's invoices to the integrator, newest period first.",
      totalCount: (_root, _args, context) => context.db.$count(wholesalerInvoices),
      resolve: (query, _root, _args, context) =>
        context.db.query.wholesalerInvoices.findMany(
          query({ orderBy: { period: 'desc', reference: 'desc' } }),
        ),
    },
    WholesalerInvoiceConnection,
  ),
}));
