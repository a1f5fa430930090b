/**
 * The ingest benchmark: N generated mobile CDRs served by a real OpenSSH server on
 * loopback, synced into PostgreSQL by the sync's command line as built for production
 * (`pnpm --filter @vnodrop/sync build`); in the same run, the same rows, already clean, loaded
 * with `psql \copy` into an identical table. Prints rows per second for both, their ratio, the
 * sync's peak memory, and a rerun with nothing new.
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
process.stderr.write('building the sync…\n');
await timed('pnpm', ['--silent', '--dir', repositoryRoot, '--filter', '@vnodrop/sync', 'build']);
const syncMain = path.join(repositoryRoot, 'apps/sync/dist/lib/main.js');
const sync = (label: string) => {
  process.stderr.write(`${label}…\n`);
  const args = ['run', '--source', sshd.url, '--database', database.url, '--json'];

  return timed(process.execPath, [syncMain, ...args], sshEnv);
};

try {
  const first = await sync('sync over SFTP into PostgreSQL');
  const summary = JSON.parse(first.stdout.trim().split('\n').pop()!);
  const rerun = await sync('rerun with nothing new');

  process.stderr.write('psql \\copy of the same rows, already clean…\n');
  const copy = await copyPeer(database.url, path.join(work, 'clean'));

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
      ['psql \\copy (clean CSV, same table)', rows, copy.seconds, copyRate, copy.peakMiB],
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

/**
 * The peer: the rows the sync loaded, written out as clean CSV, then loaded with `psql \\copy`
 * into `mobile_cdrs` of a second database migrated like the first, so that the table is the
 * same (its monthly partitions, indexes and foreign key): the runs and files they refer to and
 * the partitions they fall in are put in place first, and only the `\\copy` is timed.
 */
async function copyPeer(syncUrl: string, prefix: string) {
  const peer = await createTestDatabase('postgres');
  const records = `${prefix}-records.csv`;

  try {
    for (const table of ['sync_runs', 'source_files']) {
      await psql(syncUrl, `\\copy ${table} to '${prefix}-${table}.csv' with (format csv)`);
      await psql(peer.url, `\\copy ${table} from '${prefix}-${table}.csv' with (format csv)`);
    }
    await psql(syncUrl, `\\copy (select * from mobile_cdrs) to '${records}' with (format csv)`);
    const [from, to] = await startBounds(syncUrl);
    await psql(peer.url, `select ensure_month_partitions('mobile_cdrs', '${from}', '${to}')`);

    return await psql(peer.url, `\\copy mobile_cdrs from '${records}' with (format csv)`);
  } finally {
    await peer.drop();
  }
}

/** The first and last start time of the loaded records: the months they need. */
async function startBounds(url: string): Promise<[string, string]> {
  const { stdout } = await timed('psql', [
    url,
    '-AtF',
    ',',
    '-c',
    'select min(started_at), max(started_at) from mobile_cdrs',
  ]);
  const [from = '', to = ''] = stdout.trim().split(',');

  return [from, to];
}

function psql(url: string, command: string) {
  return timed('psql', [url, '-qc', command]);
}

async function dropDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const server = new URL(url);
  server.pathname = '/postgres';
  await timed('psql', [server.href, '-qc', `drop database if exists "${name}" with (force)`]);
}
