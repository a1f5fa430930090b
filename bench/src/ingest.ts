/**
 * The ingest benchmark: N generated mobile CDRs served by a real OpenSSH server on
 * loopback, synced into PostgreSQL by the sync's command line; in the same run, the same
 * rows, already clean, loaded with `psql \copy` into an identical table. Prints rows per
 * second for both, their ratio, the sync's peak memory, and a rerun with nothing new.
 *
 *   pnpm bench:ingest [--rows 1000000] [--files 10]
 */
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateMobileCdrFiles } from '@vnodrop/demo-drop';
import { createTestDatabase, makeTempDir, repositoryRoot, startSshd } from '@vnodrop/testkit';
import { timed } from './process.ts';
import { printTable } from './table.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    files: { type: 'string', default: '10' },
  },
});
const rows = Number(values.rows);
const files = Number(values.files);

const work = await makeTempDir('vnodrop-bench-');
const drop = path.join(work, 'drop');
process.stderr.write(`generating ${rows} mobile CDRs in ${files} files…\n`);
const generated = await generateMobileCdrFiles(drop, { rows, files });

const sshd = await startSshd({ root: drop });
const database = await createTestDatabase('postgres');
await database.handle.close();
const sshEnv = {
  SYNC_SOURCE_KEY_FILE: sshd.privateKeyPath,
  SYNC_SOURCE_HOST_KEY: sshd.hostKeyFingerprint,
  LOG_LEVEL: 'warn',
};
const sync = (label: string) => {
  process.stderr.write(`${label}…\n`);
  return timed(
    'pnpm',
    [
      '--silent',
      '--dir',
      repositoryRoot,
      '--filter',
      '@vnodrop/sync',
      'exec',
      'tsx',
      'src/cli/main.ts',
      'run',
      '--source',
      sshd.url,
      '--database',
      database.url,
      '--json',
    ],
    sshEnv,
  );
};

try {
  const first = await sync('sync over SFTP into PostgreSQL');
  const summary = JSON.parse(first.stdout.trim().split('\n').pop()!);
  const rerun = await sync('rerun with nothing new');

  process.stderr.write('psql \\copy of the same rows, already clean…\n');
  const clean = path.join(work, 'clean.csv');
  await timed('psql', [
    database.url,
    '-qc',
    `\\copy (select * from mobile_cdrs) to '${clean}' with (format csv)`,
  ]);
  await timed('psql', [
    database.url,
    '-qc',
    'create table bench_copy (like mobile_cdrs including defaults)',
  ]);
  const copy = await timed('psql', [
    database.url,
    '-qc',
    `\\copy bench_copy from '${clean}' with (format csv)`,
  ]);

  const syncRate = summary.rowsLoaded / first.seconds;
  const copyRate = rows / copy.seconds;
  printTable(
    `Ingest, ${rows.toLocaleString('en')} mobile CDRs in ${files} files ` +
      `(${(generated.bytes / 2 ** 20).toFixed(0)} MiB), ${os.cpus().length} cores, ` +
      new Date().toISOString().slice(0, 10),
    ['path', 'rows', 'seconds', 'rows/s', 'peak MiB'],
    [
      [
        'sync (SFTP → parse → PostgreSQL)',
        summary.rowsLoaded,
        first.seconds,
        syncRate,
        first.peakMiB,
      ],
      ['psql \\copy (clean CSV, local)', rows, copy.seconds, copyRate, copy.peakMiB],
      ['sync rerun, nothing new', 0, rerun.seconds, 0, rerun.peakMiB],
    ],
  );
  process.stdout.write(
    `\nsync / \\copy throughput ratio: ${(syncRate / copyRate).toFixed(3)} (target ≥ 0.5)\n` +
      `sync peak memory: ${first.peakMiB.toFixed(0)} MiB (target < 256)\n` +
      `rerun with nothing new: ${rerun.seconds.toFixed(2)} s (target < 2, includes process start)\n`,
  );
} finally {
  await sshd.stop();
  await dropDatabase(database.url);
  await rm(work, { recursive: true, force: true });
}

async function dropDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const server = new URL(url);
  server.pathname = '/postgres';
  await timed('psql', [server.href, '-qc', `drop database if exists "${name}" with (force)`]);
}
