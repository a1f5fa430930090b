/** The operations the benchmark drives, in the order it prints them. */
import type { Operation } from '../operation.ts';
import { customerPage } from './customer-page.ts';
import { simMonth } from './sim-month.ts';
import { usageTotals } from './usage-totals.ts';

export const OPERATIONS: Operation[] = [customerPage, simMonth, usageTotals];

/** The operations named in `ids` (comma-separated), all when it is empty. */
export function operationsOf(ids: string): Operation[] {
  if (!ids) return OPERATIONS;

  return ids.split(',').map((id) => {
    const operation = OPERATIONS.find((candidate) => candidate.id === id);

    if (!operation) {
      throw new Error(`--only: no operation ${id}; use ${OPERATIONS.map((o) => o.id)}.`);
    }

    return operation;
  });
}
