/**
 * How fast a rerun skips what the ledger already holds: N small files in a local drop,
 * synced once into PostgreSQL, then synced again with nothing new. Prints the rerun's own
 * duration (from its summary, without process start) per thousand files.
 *
 *   pnpm --filter @vnodrop/bench ledger-skip [--files 5000]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTestDatabase, makeTempDir, repositoryRoot } from '@vnodrop/testkit';
import { timed } from './process.ts';
import { printTable } from './table.ts';

const { values } = parseArgs({ options: { files: { type: 'string', default: '5000' } } });
const files = Number(values.files);

const work = await makeTempDir('vnodrop-bench-');
const folder = path.join(work, 'drop', 'HighUsage');
await mkdir(folder, { recursive: true });
for (let i = 0; i < files; i += 1) {
  const stamp = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000);
  const iso = stamp.toISOString();
  const name = `HighUsage_VNO042_${iso.slice(0, 10).replace(/-/g, '')}_${iso.slice(11, 13)}00.csv`;
  await writeFile(
    path.join(folder, name),
    'CustomerId;Msisdn;Iccid;PeriodStart;VolumeMB;ThresholdMB;Level;DetectedAt\r\n' +
      `C000001;0612345678;;01/01/2026;10,5;5000;1;${stamp.toISOString()}\r\n`,
  );
}

const database = await createTestDatabase('postgres');
await database.handle.close();
const sync = () =>
  timed(
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
      path.join(work, 'drop'),
      '--database',
      database.url,
      '--json',
    ],
    { LOG_LEVEL: 'warn' },
  );

try {
  process.stderr.write(`first sync of ${files} files…\n`);
  const first = JSON.parse((await sync()).stdout.trim().split('\n').pop()!);
  process.stderr.write('rerun with nothing new…\n');
  const rerun = JSON.parse((await sync()).stdout.trim().split('\n').pop()!);
  const perThousand = rerun.durationMs / 1000 / (files / 1000);

  printTable(
    `Ledger skip, ${files.toLocaleString('en')} files already loaded, ${new Date().toISOString().slice(0, 10)}`,
    ['run', 'files loaded', 'files unchanged', 'seconds', 's per 1,000 files'],
    [
      [
        'first sync',
        first.filesLoaded,
        first.filesSkipped,
        first.durationMs / 1000,
        first.durationMs / files,
      ],
      ['rerun', rerun.filesLoaded, rerun.filesSkipped, rerun.durationMs / 1000, perThousand],
    ],
  );
} finally {
  const name = new URL(database.url).pathname.slice(1);
  const server = new URL(database.url);
  server.pathname = '/postgres';
  await timed('psql', [server.href, '-qc', `drop database if exists "${name}" with (force)`]);
  await rm(work, { recursive: true, force: true });
}
