/** The integrator's customers, keyed by the wholesaler's `CustomerId`. */
import { pgTable, text } from 'drizzle-orm/pg-core';
import { recordedAt } from './columns.ts';
import { provenance } from './provenance.ts';

export const customers = pgTable('customers', {
  id: text('id').primaryKey(),
  /** From the newest row that named the customer; null while no file has named it. */
  name: text('name'),
  createdAt: recordedAt('created_at'),
  updatedAt: recordedAt('updated_at'),
  ...provenance(),
});
