/**
 * Files of the drop kept as they are (invoice PDFs, the wholesaler's invoices, documents,
 * branding), with their content.
 */
import { bytea, index, pgTable, text } from 'drizzle-orm/pg-core';
import { bigNumber, identity } from './columns.ts';
import { storedKind } from './enums.ts';
import { sourceFiles } from './source-files.ts';

export const storedFiles = pgTable(
  'stored_files',
  {
    id: identity(),
    kind: storedKind('kind').notNull(),
    path: text('path').notNull().unique(),
    folder: text('folder').notNull(),
    name: text('name').notNull(),
    size: bigNumber('size').notNull(),
    sha256: text('sha256').notNull(),
    contentType: text('content_type'),
    content: bytea('content').notNull(),
    /** `YYYY-MM` of an invoice folder. */
    period: text('period'),
    invoiceNumber: text('invoice_number'),
    customerId: text('customer_id'),
    sourceFileId: bigNumber('source_file_id')
      .notNull()
      .references(() => sourceFiles.id),
  },
  (t) => [
    index('stored_files_invoice_number_idx').on(t.invoiceNumber),
    index('stored_files_customer_id_idx').on(t.customerId),
  ],
);
