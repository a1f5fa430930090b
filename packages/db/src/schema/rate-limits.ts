/**
 * Requests counted per caller and window, shared by every instance of the GraphQL server
 * (rate-limiter-flexible's drizzle store: one row per caller, `points` used until `expire`).
 * The table is UNLOGGED (migration `…_rate_limits`, edited by hand): counts are written on
 * every request, need no write-ahead log nor replication, and may be lost in a crash. It is
 * written on the primary only and is not granted to the request role.
 */
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.ts';

export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull(),
  expire: instant('expire'),
});
