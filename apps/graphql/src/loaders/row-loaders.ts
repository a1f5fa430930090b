/**
 * Rows the billing reports link to, loaded by key in one statement per table and operation:
 * the customer of each line of a report, its invoice, its rated and billed records. What is
 * selected beneath them is then loaded by the Drizzle plugin, batched the same way.
 */
import type { RateService } from '@vnodrop/db';
import type { GraphContext } from '../context.ts';
import { groupBy, requestLoader } from './request-loader.ts';

/** `keys` matched to `rows` by `keyOf`: the row, or null when there is none (or it is hidden). */
function inOrder<R>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string) {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));

  return keys.map((key) => byKey.get(key) ?? null);
}

export const customerLoader = requestLoader(
  async (context: GraphContext, ids: readonly string[]) =>
    inOrder(
      ids,
      await context.db.query.customers.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
  (id) => id,
);

export const invoiceLoader = requestLoader(
  async (context: GraphContext, numbers: readonly string[]) =>
    inOrder(
      numbers,
      await context.db.query.invoices.findMany({
        where: { invoiceNumber: { in: [...numbers] } },
      }),
      (row) => row.invoiceNumber,
    ),
  (invoiceNumber) => invoiceNumber,
);

export interface RecordKey {
  /** `rated` or `billed`. */
  readonly kind: 'rated' | 'billed';
  readonly service: RateService;
  readonly cdrId: string;
}

const recordKey = (key: RecordKey) =>
  `${key.kind}\u0000${key.service === 'MOBILE' ? 'mobile' : 'fixed'}\u0000${key.cdrId}`;

/** The rated or billed record with an id, in the tables of its service. */
export const recordLoader = requestLoader(
  async (context: GraphContext, keys: readonly RecordKey[]) => {
    const rows = new Map<string, object>();

    for (const group of groupBy(keys, (key) => recordKey({ ...key, cdrId: '' })).values()) {
      const { kind, service } = group[0]!;
      const ids = { where: { cdrId: { in: group.map((key) => key.cdrId) } } };
      const found: { cdrId: string }[] =
        service === 'MOBILE'
          ? kind === 'rated'
            ? await context.db.query.mobileCdrs.findMany(ids)
            : await context.db.query.billedMobileCdrs.findMany(ids)
          : kind === 'rated'
            ? await context.db.query.fixedCdrs.findMany(ids)
            : await context.db.query.billedFixedCdrs.findMany(ids);

      for (const row of found) rows.set(recordKey({ kind, service, cdrId: row.cdrId }), row);
    }

    return keys.map((key) => rows.get(recordKey(key)) ?? null);
  },
  recordKey,
);
