/** The graph: every scalar, type and root field registered on the builder, as one schema. */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './scalars/index.ts';
import './types/enums.ts';
import './types/customer.ts';
import './types/line.ts';
import './types/vga-line.ts';
import './types/voip-line.ts';
import './types/xdsl-access.ts';
import './types/sim.ts';
import './types/sim-order.ts';
import './types/cdr.ts';
import './types/mobile-cdr.ts';
import './types/fixed-cdr.ts';
import './types/xdsl-charge.ts';
import './types/tariff-table.ts';
import './types/invoice.ts';
import './types/document.ts';
import './types/high-usage-alert.ts';
import './types/status-change.ts';
import './types/source-file.ts';
import './types/sync-run.ts';
import './queries/customers.ts';
import './queries/lines.ts';
import './queries/sims.ts';
import './queries/cdrs.ts';
import './queries/invoices.ts';
import './queries/tariff-tables.ts';
import './queries/files.ts';
import './queries/reconciliation.ts';
import './queries/feeds.ts';
import './queries/nodes.ts';
import './subscriptions/high-usage-alerts.ts';

/** Built once, when this module is first imported. */
export const schema = builder.toSchema();

/** The schema in SDL, types in alphabetical order: the text checked in as `schema.graphql`. */
export function schemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
