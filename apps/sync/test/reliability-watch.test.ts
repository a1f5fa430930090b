import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { selectRows } from '@vnodrop/db';
import {
  createTestDatabase,
  spawnSyncCli,
  type LogLine,
  type TestDatabase,
} from '@vnodrop/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSync } from '../src/run/run-sync.ts';
import { openSource } from '../src/sources/index.ts';
import { fixtureWithBigFile } from './support/big-drop.ts';
import { DropBuilder, MOBILE_HEADER, mobileRow } from './support/drop-builder.ts';

const MOBILE = 'RatedCDRs/MOBILE';

/** `sync watch` as a service manager runs it: polling, then stopped with SIGTERM. */
describe('reliability: sync watch', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase('postgres');
  });

  afterEach(async () => {
    await database.drop();
  });

  const watch = (root: string, level = 'info') =>
    spawnSyncCli(['watch', '--source', root, '--database', database.url, '--interval', '1'], {
      env: { LOG_LEVEL: level },
    });

  const cycle = (line: LogLine) => line.msg === 'sync cycle finished';

  it('reliability: a file added while watching is loaded; SIGTERM exits 0', async () => {
    const drop = await DropBuilder.create();
    const child = watch(drop.root);
    await child.waitForLog(cycle);

    await drop.write(`${MOBILE}/RatedCDRs_MOBILE_VNO042_20261025_0600.csv`, [
      MOBILE_HEADER,
      mobileRow('W1'),
      mobileRow('W2'),
    ]);
    const loaded = await child.waitForLog((line) => cycle(line) && line.filesLoaded === 1);
    const [row] = await selectRows<{ n: number }>(
      database.handle.db,
      sql`select count(*)::int as n from mobile_cdrs where cdr_id in ('W1', 'W2')`,
    );
    const stopping = Date.now();
    child.kill('SIGTERM');
    const exit = await child.exited;

    expect(loaded).toMatchObject({ rowsLoaded: 2, filesFailed: 0 });
    expect(row?.n).toBe(2);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect(child.logLines().at(-1)?.msg).toBe('watch stopped');
  });

  it('reliability: SIGTERM during a file lets it finish, then the watch exits 0', async () => {
    const drop = await fixtureWithBigFile(5_000);
    const child = watch(drop.root, 'debug');
    await child.waitForLog((line) => line.msg === 'taking file' && line.file === drop.bigFile);

    child.kill('SIGTERM');
    const exit = await child.exited;

    expect(exit).toEqual({ code: 0, signal: null });
    const [big] = await selectRows<{ status: string; rows: number }>(
      database.handle.db,
      sql`select status::text, rows_loaded as rows from source_files where path = ${drop.bigFile}`,
    );
    expect(big?.status).toBe('loaded');
    const last = child.logLines().find(cycle);
    expect(last?.stopped).toBe('stopped by SIGTERM');
    expect(last?.filesLeft).toBeGreaterThan(0);

    const source = await openSource(pathToFileURL(drop.root).href);
    try {
      const rest = await runSync({ source, database: database.handle });
      expect(rest.failures).toEqual([]);
      expect(rest.filesLoaded + rest.filesStored).toBe(last?.filesLeft);
    } finally {
      await source.close();
    }
  });
});
