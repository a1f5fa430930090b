/**
 * Who may read the graph, and what: API keys (stored as hashes), the customers each partner
 * may read, and the registry of persisted GraphQL operations. None of these tables is readable
 * by the request role (`vnodrop_reader`) except `partner_customers`, which the row-level
 * security policies consult (migration `…_row_security`).
 */
import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { instant, recordedAt } from './columns.ts';

/** The roles a caller resolves to. */
export const ACCESS_ROLES = ['admin', 'frontend', 'partner'] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

/**
 * API keys. The key itself is shown once, at creation; only its SHA-256 is kept. `id` is the
 * public part of the key (`vnd_<id>_<secret>`) by which it is found.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    /** Hex SHA-256 of the whole key. */
    keyHash: text('key_hash').notNull(),
    role: text('role').$type<AccessRole>().notNull(),
    /** The partner a `partner` key reads for; null for the other roles. */
    partner: text('partner'),
    scopes: text('scopes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    label: text('label'),
    createdAt: recordedAt('created_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [
    check('api_keys_role_check', sql`${t.role} in ('admin', 'frontend', 'partner')`),
    check('api_keys_partner_check', sql`(${t.role} = 'partner') = (${t.partner} is not null)`),
  ],
);

/** The customers a partner may read. A customer may be granted before the drop names it. */
export const partnerCustomers = pgTable(
  'partner_customers',
  {
    partner: text('partner').notNull(),
    customerId: text('customer_id').notNull(),
    createdAt: recordedAt('created_at'),
  },
  (t) => [
    primaryKey({ columns: [t.partner, t.customerId] }),
    index('partner_customers_customer_id_idx').on(t.customerId),
  ],
);

/** GraphQL documents callers may run by hash (the only ones a partner may run). */
export const persistedOperations = pgTable('persisted_operations', {
  /** Hex SHA-256 of the document text, as clients send it. */
  hash: text('hash').primaryKey(),
  document: text('document').notNull(),
  /** The name of its operation, when it has one. */
  name: text('name'),
  /** The partner that may run it; null: every caller may. */
  owner: text('owner'),
  createdAt: recordedAt('created_at'),
});
