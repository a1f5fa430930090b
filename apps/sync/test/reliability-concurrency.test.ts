import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { selectRows } from '@vnodrop/db';
import { createTestDatabase, spawnSyncCli, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SyncBusyError } from '../src/errors.ts';
import { RUN_LOCK_KEY } from '../src/run/run-lock.ts';
import { runSync } from '../src/run/run-sync.ts';
import type { SyncSummary } from '../src/run/summary.ts';
import { openSource, type Source } from '../src/sources/index.ts';
import { contentChecksums } from './support/checksum.ts';
import { expected, fixtureDrop } from './support/fixture.ts';

/** Two syncs on one database: one runs, the other waits for it or steps aside. */
describe('reliability: two syncs at once on one PostgreSQL database', () => {
  let reference: Record<string, string>;
  let database: TestDatabase;
  let source: Source;

  beforeAll(async () => {
    source = await openSource(pathToFileURL(fixtureDrop).href);
    const clean = await createTestDatabase('postgres');
    try {
      await runSync({ source, database: clean.handle });
      reference = await contentChecksums(clean.handle.db);
    } finally {
      await clean.drop();
    }
  });

  afterAll(async () => {
    await source?.close();
  });

  beforeEach(async () => {
    database = await createTestDatabase('postgres');
  });

  afterEach(async () => {
    await database.drop();
  });

  const cli = (...flags: string[]) =>
    spawnSyncCli(['run', '--source', fixtureDrop, '--database', database.url, '--json', ...flags], {
      env: { LOG_LEVEL: 'info' },
    });

  it('reliability: two processes with --wait: one loads, the other finds nothing new', async () => {
    const [a, b] = [cli('--wait'), cli('--wait')];

    const exits = await Promise.all([a.exited, b.exited]);

    expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
    const summaries = [a, b].map((child) => JSON.parse(child.stdout()) as SyncSummary);
    const taken = summaries.map((s) => s.filesLoaded + s.filesStored + s.filesDuplicate);
    expect(taken.sort()).toEqual([0, expected.files.length]);
    expect(summaries.map((s) => s.filesSkipped).sort()).toEqual([0, expected.files.length]);
    expect(await contentChecksums(database.handle.db)).toEqual(reference);
    expect(await runStatuses()).toEqual(['succeeded', 'succeeded']);
  });

  it('reliability: without --wait, a second sync exits 75 and says why', async () => {
    const holder = await holdRunLock();
    try {
      const second = cli();

      const exit = await second.exited;

      expect(exit.code).toBe(75);
      expect(second.stderr()).toContain('sync run: another sync is loading into');
      expect(second.stderr()).toContain('--wait');
      expect(await runStatuses()).toEqual([]);
    } finally {
      await holder.release();
    }
  });

  it('reliability: with --wait, a sync starts once the other one is done', async () => {
    const holder = await holdRunLock();
    const waiting = cli('--wait');
    try {
      await waiting.waitForLog(
        (line) => line.msg === 'another sync is running; waiting for it to finish',
      );
      expect(await runStatuses()).toEqual([]);
    } finally {
      await holder.release();
    }

    expect((await waiting.exited).code).toBe(0);
    expect(await contentChecksums(database.handle.db)).toEqual(reference);
  });

  it('reliability: in one process too, a second run is refused; a dry run needs no lock', async () => {
    const holder = await holdRunLock();
    try {
      await expect(runSync({ source, database: database.handle })).rejects.toThrow(SyncBusyError);
      const only = ['rate-table' as const];
      const dry = await runSync({ source, database: database.handle, dryRun: true, only });
      expect([dry.filesLoaded, dry.failures]).toEqual([3, []]);
    } finally {
      await holder.release();
    }
  });

  /** Takes the sync's run lock as another sync would, on a connection of its own. */
  async function holdRunLock() {
    const connection = await database.handle.sql!.reserve();
    await connection`select pg_advisory_lock(${RUN_LOCK_KEY})`;
    return {
      async release() {
        await connection`select pg_advisory_unlock(${RUN_LOCK_KEY})`;
        connection.release();
      },
    };
  }

  async function runStatuses() {
    const rows = await selectRows<{ status: string }>(
      database.handle.db,
      sql`select status::text from sync_runs order by id`,
    );
    return rows.map((row) => row.status);
  }
});
