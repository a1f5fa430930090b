/**
 * Invoices: the integrator's invoices to its customers (the monthly `Recap` and its PDFs)
 * and the wholesaler's invoices to the integrator (PDFs only).
 */
import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { bigNumber, calendarDate, decimal } from './columns.ts';
import { customers } from './customers.ts';
import { provenance } from './provenance.ts';
import { storedFiles } from './stored-files.ts';

export const invoices = pgTable(
  'invoices',
  {
    invoiceNumber: text('invoice_number').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    invoiceDate: calendarDate('invoice_date').notNull(),
    dueDate: calendarDate('due_date'),
    amountExclTax: decimal('amount_excl_tax', 14, 2).notNull(),
    vatAmount: decimal('vat_amount', 14, 2),
    amountInclTax: decimal('amount_incl_tax', 14, 2),
    /** `YYYY-MM`, from the folder of the summary. */
    period: text('period').notNull(),
    pdfFileId: bigNumber('pdf_file_id').references(() => storedFiles.id),
    ...provenance(),
  },
  (t) => [
    index('invoices_customer_id_idx').on(t.customerId),
    index('invoices_period_idx').on(t.period),
  ],
);

export const wholesalerInvoices = pgTable('wholesaler_invoices', {
  reference: text('reference').primaryKey(),
  /** `YYYY-MM`. */
  period: text('period').notNull(),
  storedFileId: bigNumber('stored_file_id')
    .notNull()
    .references(() => storedFiles.id),
});
