/**
 * The query benchmark: a generated data set in a fresh PostgreSQL database built by the
 * product's migrations, then three operations (a customer's page, a SIM's month of records,
 * a customer's usage totals) driven by autocannon at several concurrencies against the
 * product's GraphQL server, PostGraphile v5 on the same database, and hand-written SQL (the
 * floor), after a check that the three give the same answers. Also counts the SQL
 * statements per operation on the wire, and checks that a SIM's month costs the same with
 * 10 times the records.
 *
 *   pnpm bench:graphql [--customers 2000] [--sims 100000] [--cdrs 5000000] [--months 10]
 *                      [--seconds 10] [--clients 1,8,32] [--only sim-month,…] [--keep]
 */
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { createBenchDatabase, dropBenchDatabase } from './graphql/database.ts';
import { createPartitions, generateInventory, generateMonth } from './graphql/dataset.ts';
import { operationsOf } from './graphql/operations/index.ts';
import { SERVERS } from './graphql/operation.ts';
import { seededRandom } from './graphql/random.ts';
import { printLoad, printSizes, printStatements, printTargets } from './graphql/report.ts';
import { countAndCapture, measureLoad, sizeCheck, type Bench } from './graphql/runs.ts';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '2000' },
    sims: { type: 'string', default: '100000' },
    cdrs: { type: 'string', default: '5000000' },
    months: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '1,8,32' },
    only: { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
  },
});
const size = {
  customers: Number(values.customers),
  sims: Number(values.sims),
  cdrs: Number(values.cdrs),
  months: Number(values.months),
};
const seconds = Number(values.seconds);
const clients = values.clients.split(',').map(Number);
const operations = operationsOf(values.only);
const say = (line: string) => process.stderr.write(`${line}\n`);

say(
  `creating the database and generating ${size.customers} customers, ${size.sims} lines and cards…`,
);
const url = await createBenchDatabase();
const sql = postgres(url, { max: 1, onnotice: () => {} });
const bench: Bench = { url, sql, size, operations, random: seededRandom(6) };

try {
  await generateInventory(sql, size);
  await createPartitions(sql, size.months);
  say(`generating the newest month of records (${Math.floor(size.cdrs / size.months)})…`);
  const small = await generateMonth(sql, size, 0);
  await sql`analyze`;

  const { counts, simMonthStatement } = await countAndCapture(bench);
  const checks = [await sizeCheck(bench, small, simMonthStatement, seconds)];

  let loaded = small;
  for (let back = 1; back < size.months; back += 1) {
    say(`generating the month ${back + 1} of ${size.months}…`);
    loaded += await generateMonth(sql, size, back);
  }
  await sql`analyze`;
  checks.push(await sizeCheck(bench, loaded, simMonthStatement, seconds));

  const figures = await measureLoad(bench, clients, seconds);

  process.stdout.write(
    `\nGraphQL queries, ${size.customers.toLocaleString('en')} customers, ` +
      `${size.sims.toLocaleString('en')} SIM cards and as many lines, ` +
      `${loaded.toLocaleString('en')} mobile records over ${size.months} months; ` +
      `servers: ${SERVERS.join(', ')}\n`,
  );
  printLoad(bench.operations, figures, seconds);
  printStatements(bench.operations, counts);
  printSizes(checks);
  printTargets(figures, counts, checks);
} finally {
  await sql.end();
  if (values.keep) {
    say(`kept the database: ${url}`);
  } else {
    await dropBenchDatabase();
  }
}
