/**
 * SQL statements per operation: each server runs behind a wire counter (see
 * `wire-counter.ts`), answers a few requests to warm up (connections, prepared statements,
 * caches), then each request's statements are counted. The most any request needed is kept.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ask } from './ask.ts';
import type { Operation, ServerName, Variables } from './operation.ts';
import { statementKind, type WireCounter, type WireStatement } from './wire-counter.ts';

export interface StatementCount {
  all: number;
  reads: number;
  /** The statements of the last request counted. */
  sample: WireStatement[];
}

export async function countStatements(
  origin: string,
  server: ServerName,
  counter: WireCounter,
  operation: Operation,
  pick: () => Variables,
  samples: number,
): Promise<StatementCount> {
  for (let i = 0; i < 3; i += 1) await ask(origin, server, operation, pick());
  await sleep(50);
  counter.take();

  const count: StatementCount = { all: 0, reads: 0, sample: [] };
  for (let i = 0; i < samples; i += 1) {
    await ask(origin, server, operation, pick());
    await sleep(50);
    const statements = counter.take();
    const reads = statements.filter((statement) => statementKind(statement.text) === 'read');

    count.all = Math.max(count.all, statements.length);
    count.reads = Math.max(count.reads, reads.length);
    count.sample = statements;
  }

  return count;
}
