/**
 * Loaders that batch within one operation: every key asked for in the same tick goes to the
 * database together (DataLoader), on the operation's read-scoped transaction. A loader is made
 * once per context, and each operation has its own context (see `use-read-scope.ts`), so
 * nothing is shared between callers or outlives a transaction.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GraphContext } from '../context.ts';

/** Answers for `keys`, in their order: a value, or an error for that key alone. */
export type BatchLoad<K, V> = (context: GraphContext, keys: readonly K[]) => Promise<(V | Error)[]>;

/** A loader per context; `cacheKey` turns a key into something `Map` compares (a string). */
export function requestLoader<K, V>(load: BatchLoad<K, V>, cacheKey: (key: K) => string) {
  return createContextCache(
    (context: GraphContext) =>
      new DataLoader<K, V, string>((keys) => load(context, keys), { cacheKeyFn: cacheKey }),
  );
}

/** Groups `items` by `keyOf`, keeping their order within each group. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }

  return groups;
}
