/**
 * The benchmark's runs, each with the servers it needs started for it and stopped after:
 * statement counts behind wire counters, a SIM's month at one size of the data, and the
 * load of every operation at every concurrency.
 */
import type { Sql } from 'postgres';
import { ask, checkSameAnswers } from './ask.ts';
import type { DatasetSize } from './dataset.ts';
import { drive, type LoadResult } from './load.ts';
import { SERVERS, type Operation, type ServerName } from './operation.ts';
import { simMonth } from './operations/sim-month.ts';
import { explainAsReader, recordsStatement } from './plan.ts';
import type { LoadFigures, SizeCheck } from './report.ts';
import { STARTERS, type RunningServer } from './servers.ts';
import { countStatements, type StatementCount } from './statements.ts';
import { seededRandom } from './random.ts';
import { startWireCounter, type WireCounter, type WireStatement } from './wire-counter.ts';

export interface Bench {
  url: string;
  sql: Sql;
  size: DatasetSize;
  operations: Operation[];
  random: () => number;
}

const WARM_UP_SECONDS = 3;

async function startAll(urls: Record<ServerName, string>): Promise<RunningServer[]> {
  const servers: RunningServer[] = [];

  try {
    for (const name of SERVERS) servers.push(await STARTERS[name](urls[name]));
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  }

  return servers;
}

function originsOf(servers: RunningServer[]): Record<ServerName, string> {
  return Object.fromEntries(servers.map((s) => [s.name, s.origin])) as Record<ServerName, string>;
}

/**
 * Checks the servers' answers agree, counts each one's statements per operation, and keeps
 * the product's statement for a SIM's month (the first busy card, the newest month).
 */
export async function countAndCapture(bench: Bench): Promise<{
  counts: Map<string, Record<ServerName, StatementCount>>;
  simMonthStatement: WireStatement;
}> {
  process.stderr.write('counting SQL statements per operation, behind wire counters…\n');
  const counters = {} as Record<ServerName, WireCounter>;
  for (const name of SERVERS) counters[name] = await startWireCounter(bench.url);
  const servers = await startAll(
    Object.fromEntries(SERVERS.map((name) => [name, counters[name].url])) as Record<
      ServerName,
      string
    >,
  );
  const origins = originsOf(servers);
  const pick = (operation: Operation) => operation.pick(bench.size, bench.random);

  try {
    bench.operations = await answerable(origins.product, bench.operations);
    await checkSameAnswers(origins, bench.operations, pick, 5);

    const counts = new Map<string, Record<ServerName, StatementCount>>();
    for (const operation of bench.operations) {
      const by = {} as Record<ServerName, StatementCount>;
      for (const name of SERVERS) {
        by[name] = await countStatements(
          origins[name],
          name,
          counters[name],
          operation,
          () => pick(operation),
          5,
        );
      }
      counts.set(operation.name, by);
    }

    await ask(
      origins.product,
      'product',
      simMonth,
      simMonth.pick(bench.size, () => 0),
    );
    const simMonthStatement = recordsStatement(counters.product.take());

    return { counts, simMonthStatement };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await Promise.all(SERVERS.map((name) => counters[name].close()));
  }
}

/** A SIM's month with `cdrs` records loaded: the statement's plan, and one client's load. */
export async function sizeCheck(
  bench: Bench,
  cdrs: number,
  statement: WireStatement,
  seconds: number,
): Promise<SizeCheck> {
  process.stderr.write(`a SIM's month with ${cdrs} records loaded…\n`);
  await explainAsReader(bench.sql, statement);
  const plan = await explainAsReader(bench.sql, statement);

  const product = await STARTERS.product(bench.url);
  try {
    const random = seededRandom(11);
    const next = () => simMonth.request.product(simMonth.pick(bench.size, random));
    await drive(product.origin, next, 1, WARM_UP_SECONDS);
    const load = await drive(product.origin, next, 1, seconds);

    return { cdrs, plan, load };
  } finally {
    await product.stop();
  }
}

/** Every operation at every concurrency against each server in turn, after a warm-up. */
export async function measureLoad(
  bench: Bench,
  clients: number[],
  seconds: number,
): Promise<LoadFigures> {
  const servers = await startAll({ product: bench.url, postgraphile: bench.url, floor: bench.url });
  const figures: LoadFigures = new Map();

  try {
    await checkSameAnswers(
      originsOf(servers),
      bench.operations,
      (operation) => operation.pick(bench.size, bench.random),
      3,
    );

    for (const operation of bench.operations) {
      const byClients = new Map<number, Record<ServerName, LoadResult>>();
      const next = (server: ServerName) => () =>
        operation.request[server](operation.pick(bench.size, bench.random));

      for (const server of servers) {
        process.stderr.write(`${operation.name}: warming up ${server.name}…\n`);
        await drive(server.origin, next(server.name), 8, WARM_UP_SECONDS);
      }

      for (const count of clients) {
        const by = {} as Record<ServerName, LoadResult>;
        for (const server of servers) {
          process.stderr.write(`${operation.name}: ${server.name}, ${count} clients…\n`);
          by[server.name] = failOnErrors(
            await drive(server.origin, next(server.name), count, seconds),
            `${server.name}, ${operation.name}, ${count} clients`,
          );
        }
        byClients.set(count, by);
      }
      figures.set(operation.name, byClients);
    }

    return figures;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/** The operations the product's graph can answer; the others are left out, and said so. */
async function answerable(origin: string, operations: Operation[]): Promise<Operation[]> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __type(name: "Customer") { fields { name } } }' }),
  });
  const body = (await response.json()) as { data: { __type: { fields: { name: string }[] } } };
  const fields = new Set(body.data.__type.fields.map((field) => field.name));

  return operations.filter((operation) => {
    const missing = operation.needs !== undefined && !fields.has(operation.needs);

    if (missing) {
      process.stderr.write(
        `left out ${operation.name}: the product's Customer has no field ${operation.needs}\n`,
      );
    }

    return !missing;
  });
}

function failOnErrors(result: LoadResult, run: string): LoadResult {
  if (result.failures > 0) {
    throw new Error(`${run}: ${result.failures} of ${result.requests} requests failed.`);
  }

  return result;
}
