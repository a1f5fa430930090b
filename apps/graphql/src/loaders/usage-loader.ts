/**
 * Usage totals of customers, lines and SIM cards, batched: the `usage` fields of a page of
 * customers (or lines, or cards) asked for one month cost one statement together, whatever
 * the size of the page (`usageTotals` of @vnodrop/db, grouped by subject).
 */
import { usageTotals, type UsageGrouping, type UsageTotal } from '@vnodrop/db';
import { groupBy, requestLoader } from './request-loader.ts';

export interface UsageKey {
  readonly by: UsageGrouping;
  /** `YYYY-MM`. */
  readonly period: string;
  /** The customer id, the line's number (E.164) or the card's ICCID. */
  readonly subject: string;
}

const keyOf = (key: UsageKey) => `${key.by}\u0000${key.period}\u0000${key.subject}`;

/** The totals of each key's subject and month, by service and kind of usage. */
export const usageLoader = requestLoader<UsageKey, UsageTotal[]>(async (context, keys) => {
  const totals = new Map<string, UsageTotal[]>();

  for (const group of groupBy(keys, (key) => `${key.by}\u0000${key.period}`).values()) {
    const { by, period } = group[0]!;
    const subjects = [...new Set(group.map((key) => key.subject))];
    const rows = await usageTotals(context.db, {
      by,
      period,
      ...(by === 'customer' ? { customerIds: subjects } : { subjects }),
    });

    for (const row of rows) {
      const key = keyOf({ by, period, subject: by === 'customer' ? row.customerId : row.subject! });
      totals.set(key, [...(totals.get(key) ?? []), row]);
    }
  }

  return keys.map((key) => totals.get(keyOf(key)) ?? []);
}, keyOf);
