/** Every table and enum of the database; `drizzle-kit` reads this file. */
export * from './enums.ts';
export * from './sync-runs.ts';
export * from './source-files.ts';
export * from './customers.ts';
export * from './access-lines.ts';
export * from './sims.ts';
export * from './status-changes.ts';
export * from './sim-orders.ts';
export * from './cdrs.ts';
export * from './cdr-revisions.ts';
export * from './xdsl-charges.ts';
export * from './rates.ts';
export * from './stored-files.ts';
export * from './invoices.ts';
export * from './high-usage-alerts.ts';
export * from './billing.ts';
export * from './access.ts';
export type { ExtraColumns } from './columns.ts';
