import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { selectRows } from '@vnodrop/db';
import {
  createTestDatabase,
  makeTempDir,
  spawnSyncCli,
  type LogLine,
  type TestDatabase,
} from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync } from '../src/run/run-sync.ts';
import { openSource } from '../src/sources/index.ts';
import { fixtureWithBigFile, type BigDrop } from './support/big-drop.ts';
import { contentChecksums } from './support/checksum.ts';

/**
 * The sync killed with SIGKILL at chosen points: each file loads in one transaction with its
 * ledger entry, so a rerun takes up whatever was cut short and the database ends as a clean
 * run leaves it, with nothing lost and nothing twice.
 */
describe('reliability: the sync killed with SIGKILL, then run again', () => {
  let drop: BigDrop;
  let reference: Record<string, string>;
  let tmp: string;

  beforeAll(async () => {
    drop = await fixtureWithBigFile(5_000);
    tmp = await makeTempDir('vnodrop-crash-tmp-');
    const database = await createTestDatabase('postgres');
    try {
      await sync(database);
      reference = await contentChecksums(database.handle.db);
    } finally {
      await database.drop();
    }
  });

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  async function sync(database: TestDatabase) {
    const source = await openSource(pathToFileURL(drop.root).href);
    try {
      return await runSync({ source, database: database.handle, waitForLock: true });
    } finally {
      await source.close();
    }
  }

  /** The `n`th log line saying `msg`. */
  const nth = (msg: string, n: number) => {
    let seen = 0;
    return (line: LogLine) => line.msg === msg && ++seen === n;
  };

  /** Where to kill: at a log line, or once the file in hand has its transaction open. */
  const points: Array<[string, (line: LogLine) => boolean, 'at once' | 'in its transaction']> = [
    ['once the drop is listed', (line) => line.msg === 'drop listed', 'at once'],
    ['just before the first file commits', nth('committing', 1), 'at once'],
    [
      'in the middle of a 5,000-row file',
      (line) => line.msg === 'taking file' && line.file === drop?.bigFile,
      'in its transaction',
    ],
    ['just after the 20th file committed', nth('loaded', 20), 'at once'],
  ];

  it.each(points)('reliability: killed %s: the rerun converges', async (_, when, moment) => {
    const database = await createTestDatabase('postgres');
    try {
      const child = spawnSyncCli(['run', '--source', drop.root, '--database', database.url], {
        env: { LOG_LEVEL: 'debug', TMPDIR: tmp },
      });
      await child.waitForLog(when);
      if (moment === 'in its transaction') await untilTransactionOpen(database);
      child.kill('SIGKILL');
      expect((await child.exited).signal).toBe('SIGKILL');
      const ledgerAfterKill = await bigFileStatus(database);

      const rerun = await sync(database);

      expect(rerun.failures).toEqual([]);
      expect(await contentChecksums(database.handle.db)).toEqual(reference);
      expect(await runStatuses(database)).toEqual(['failed', 'succeeded']);
      if (moment === 'in its transaction') expect(ledgerAfterKill).toBeUndefined();
    } finally {
      await database.drop();
    }
  });

  /** Waits until the sync holds a transaction open on the database (the file it loads). */
  async function untilTransactionOpen(database: TestDatabase) {
    for (let tries = 0; (await openTransactions(database)) === 0; tries += 1) {
      if (tries > 500) throw new Error('the sync opened no transaction within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function bigFileStatus(database: TestDatabase) {
    const [row] = await selectRows<{ status: string }>(
      database.handle.db,
      sql`select status::text from source_files where path = ${drop.bigFile}`,
    );
    return row?.status;
  }

  /** Transactions the sync holds open on the database right now. */
  async function openTransactions(database: TestDatabase) {
    const [row] = await selectRows<{ n: number }>(
      database.handle.db,
      sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
            and xact_start is not null and application_name = 'vnodrop'`,
    );
    return row?.n;
  }

  async function runStatuses(database: TestDatabase) {
    const rows = await selectRows<{ status: string }>(
      database.handle.db,
      sql`select status::text from sync_runs order by id`,
    );
    return rows.map((row) => row.status);
  }
});
