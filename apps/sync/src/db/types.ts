import type { Database } from '@vnodrop/db';

/** A transaction of either driver: the same query surface as the database itself. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Where queries go: the database, or a transaction open on it. */
export type Queryable = Database | Transaction;
