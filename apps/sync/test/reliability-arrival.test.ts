import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { selectRows } from '@vnodrop/db';
import {
  createTestDatabase,
  spawnSyncCli,
  startSshd,
  type SshdServer,
  type TestDatabase,
} from '@vnodrop/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { settleMsOf } from '../src/cli/seconds.ts';
import { runSync } from '../src/run/run-sync.ts';
import { settleMsFor } from '../src/run/settle.ts';
import { openSource } from '../src/sources/index.ts';
import { DropBuilder } from './support/drop-builder.ts';
import { fixtureDrop } from './support/fixture.ts';
import { capturingLogger } from './support/log-capture.ts';

const ORDER = 'Cartes SIM/Commande_CMD2026-1020_20261020.csv';

/** Appends `lines` to `file`, one a second, in a process of its own, as an upload would. */
function slowWriter(file: string, lines: Buffer[]): ChildProcess {
  const script = `
    const fs = require('node:fs');
    const [file, ...lines] = process.argv.slice(1);
    const next = () => {
      if (lines.length === 0) return;
      fs.appendFileSync(file, Buffer.from(lines.shift(), 'base64'));
      setTimeout(next, 1000);
    };
    setTimeout(next, 1000);`;
  const args = ['-e', script, file, ...lines.map((line) => line.toString('base64'))];

  return spawn(process.execPath, args, { stdio: 'ignore' });
}

/** Resolves once `file` holds more than `size` bytes: the writer has started. */
async function untilGrown(file: string, size: number): Promise<void> {
  while ((await stat(file)).size <= size) await sleep(50);
}

/** The fixture's SIM order, one line each (CRLF kept, bytes as they are: ISO-8859-1). */
async function orderLines(): Promise<Buffer[]> {
  const bytes = await readFile(path.join(fixtureDrop, ORDER));
  const lines: Buffer[] = [];
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(0x0a, start) + 1 || bytes.length;
    lines.push(bytes.subarray(start, end));
    start = end;
  }

  return lines;
}

describe('reliability: files still being uploaded', () => {
  let sshd: SshdServer;
  let drop: DropBuilder;
  let database: TestDatabase;
  let writer: ChildProcess | undefined;

  beforeAll(async () => {
    drop = await DropBuilder.create();
    sshd = await startSshd({ root: drop.root });
  });

  afterAll(async () => {
    await sshd?.stop();
  });

  beforeEach(async () => {
    for (const entry of await readdir(drop.root)) {
      await rm(path.join(drop.root, entry), { recursive: true });
    }
    database = await createTestDatabase('postgres');
  });

  afterEach(async () => {
    if (writer?.exitCode === null) writer.kill('SIGKILL');
    await database.drop();
  });

  async function sync(settleMs: number) {
    const { logger, lines } = capturingLogger();
    const source = await openSource(sshd.url, {
      privateKey: sshd.privateKey,
      hostKey: sshd.hostKeyFingerprint,
    });
    try {
      return {
        summary: await runSync({ source, database: database.handle, settleMs, logger }),
        lines,
      };
    } finally {
      await source.close();
    }
  }

  const items = async () =>
    (
      await selectRows<{ n: number }>(
        database.handle.db,
        sql`select count(*)::int as n from sim_order_items`,
      )
    )[0]!.n;

  it('reliability: a file still growing is left for the next run, then taken in full', async () => {
    const [header, ...rows] = await orderLines();
    const first = rows.slice(0, 1);
    const appended = rows.slice(1, 6);
    const file = await drop.write(ORDER, Buffer.concat([header!, ...first]));
    writer = slowWriter(file, appended);
    const finished = new Promise((resolve) => writer!.once('exit', resolve));
    await untilGrown(file, header!.length + first[0]!.length);

    const during = await sync(2_000);

    expect([during.summary.filesArriving, during.summary.filesLoaded]).toEqual([1, 0]);
    expect(during.lines).toContainEqual(
      expect.objectContaining({ msg: 'still arriving; left for the next run', file: ORDER }),
    );
    expect(await items()).toBe(0);

    await finished;
    const after = await sync(2_000);

    expect([after.summary.filesArriving, after.summary.filesLoaded]).toEqual([0, 1]);
    expect(after.summary.rowsLoaded).toBe(first.length + appended.length);
    expect(await items()).toBe(6);
  });

  it('reliability: .part, .tmp and .filepart names are ignored until renamed', async () => {
    const bytes = await readFile(path.join(fixtureDrop, ORDER));
    const partial = await drop.write(`${ORDER}.part`, bytes);
    await drop.write(`${ORDER}.tmp`, bytes);
    await drop.write(`${ORDER}.filepart`, bytes);

    const during = await sync(0);
    await rename(partial, path.join(drop.root, ORDER));
    const after = await sync(0);

    expect([during.summary.filesSeen, during.summary.filesLoaded]).toEqual([0, 0]);
    expect([after.summary.filesSeen, after.summary.filesLoaded]).toEqual([1, 1]);
    expect(await items()).toBe(71);
  });

  it('reliability: a settle time that is not a number of seconds exits 64', async () => {
    const child = spawnSyncCli(['run', '--source', drop.root, '--settle', 'soon']);

    expect((await child.exited).code).toBe(64);
    expect(child.stderr()).toContain('"soon" is not a number of seconds');
  });

  it('reliability: the settle time is 10 s for a server, none for a folder, or as set', () => {
    expect(settleMsFor('sftp://u@h:22/drop', undefined)).toBe(10_000);
    expect(settleMsFor('ftps://u@h:21/drop', undefined)).toBe(10_000);
    expect(settleMsFor('file:///srv/drop', undefined)).toBe(0);
    expect(settleMsFor('sftp://u@h:22/drop', 500)).toBe(500);
    expect(settleMsOf(undefined, { SYNC_SETTLE_SECONDS: '2.5' })).toBe(2_500);
    expect(settleMsOf(1_000, { SYNC_SETTLE_SECONDS: '2.5' })).toBe(1_000);
    expect(() => settleMsOf(undefined, { SYNC_SETTLE_SECONDS: 'soon' })).toThrow(
      'SYNC_SETTLE_SECONDS: "soon" is not a number of seconds',
    );
  });
});
