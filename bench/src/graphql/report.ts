/** The figures of the GraphQL benchmark, printed as tables, and the targets beside them. */
import { printTable } from '../table.ts';
import type { LoadResult } from './load.ts';
import type { Operation, ServerName } from './operation.ts';
import type { PlanSummary } from './plan.ts';
import type { StatementCount } from './statements.ts';

export type LoadFigures = Map<string, Map<number, Record<ServerName, LoadResult>>>;

export interface SizeCheck {
  cdrs: number;
  plan: PlanSummary;
  load: LoadResult;
}

export function printLoad(operations: Operation[], figures: LoadFigures, seconds: number): void {
  for (const operation of operations) {
    const rows = [...figures.get(operation.name)!].map(([connections, by]) => [
      connections,
      ...(['product', 'postgraphile', 'floor'] as const).flatMap((server) => [
        by[server].requestsPerSecond,
        by[server].p50Ms,
        by[server].p99Ms,
      ]),
      by.product.requestsPerSecond / by.postgraphile.requestsPerSecond,
      by.product.p99Ms / by.postgraphile.p99Ms,
    ]);

    printTable(
      `${operation.name}: ${seconds} s per run; latency in ms`,
      [
        'clients',
        'product req/s',
        'p50',
        'p99',
        'PostGraphile req/s',
        'p50',
        'p99',
        'SQL floor req/s',
        'p50',
        'p99',
        'req/s ÷ PG',
        'p99 ÷ PG',
      ],
      rows,
    );
  }
}

function statements(count: StatementCount): string {
  return `${count.all} (${count.reads} read${count.reads === 1 ? '' : 's'})`;
}

export function printStatements(
  operations: Operation[],
  counts: Map<string, Record<ServerName, StatementCount>>,
): void {
  printTable(
    'SQL statements per operation, counted on the wire: all (of which read data; the others ' +
      'open, scope and close the transaction)',
    ['operation', 'product', 'PostGraphile', 'SQL floor'],
    operations.map((operation) => {
      const by = counts.get(operation.name)!;

      return [
        operation.name,
        statements(by.product),
        statements(by.postgraphile),
        statements(by.floor),
      ];
    }),
  );
}

export function printSizes(checks: SizeCheck[]): void {
  printTable(
    "A SIM's month as the records grow: the product's own statement, EXPLAIN ANALYZE as a " +
      'request runs it, and the product over HTTP (1 client)',
    [
      'records',
      'partitions in plan',
      'scanned',
      'indexes',
      'execution ms',
      'product req/s',
      'p50 ms',
      'p99 ms',
    ],
    checks.map((check) => [
      check.cdrs,
      check.plan.partitionsInPlan,
      check.plan.partitionsScanned,
      check.plan.indexes.join(', ') || 'none',
      check.plan.executionMs,
      check.load.requestsPerSecond,
      check.load.p50Ms,
      check.load.p99Ms,
    ]),
  );
}

/** The targets, each with the figure that meets or misses it. */
export function printTargets(
  figures: LoadFigures,
  counts: Map<string, Record<ServerName, StatementCount>>,
  checks: SizeCheck[],
): void {
  const runs = [...figures.values()].flatMap((byClients) => [...byClients.values()]);
  const throughput = Math.min(
    ...runs.map((by) => by.product.requestsPerSecond / by.postgraphile.requestsPerSecond),
  );
  const p99 = Math.max(...runs.map((by) => by.product.p99Ms / by.postgraphile.p99Ms));
  const reads = Math.max(...[...counts.values()].map((by) => by.product.reads));
  const all = Math.max(...[...counts.values()].map((by) => by.product.all));
  const [small, large] = [checks[0]!, checks[checks.length - 1]!];
  const growth = large.load.p50Ms / small.load.p50Ms;
  const mark = (met: boolean) => (met ? 'met' : 'MISSED');

  process.stdout.write(
    '\nTargets\n\n' +
      `  throughput ≥ 1.2 × PostGraphile at every concurrency: lowest ${throughput.toFixed(2)} ` +
      `× (${mark(throughput >= 1.2)})\n` +
      `  p99 no worse than PostGraphile's: highest ${p99.toFixed(2)} × (${mark(p99 <= 1)})\n` +
      `  ≤ 2 SQL statements per operation: at most ${reads} reading data, ${all} on the wire ` +
      `with the transaction and its scope (${mark(reads <= 2)} for reads, ` +
      `${mark(all <= 2)} for all)\n` +
      `  a SIM's month as fast at ${large.cdrs.toLocaleString('en')} records as at ` +
      `${small.cdrs.toLocaleString('en')}: p50 ${growth.toFixed(2)} ×, partitions scanned ` +
      `${small.plan.partitionsScanned} and ${large.plan.partitionsScanned} ` +
      `(${mark(growth <= 1.25 && large.plan.partitionsScanned <= small.plan.partitionsScanned)})\n`,
  );
}
