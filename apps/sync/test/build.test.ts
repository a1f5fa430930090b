/**
 * The sync as built for production (`build.ts`): bundled JavaScript that starts without
 * compiling TypeScript, finds its migrations, and reads a large file on its own thread.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, repositoryRoot, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_MIN_BYTES } from '../src/run/load-csv.ts';
import { fixtureWithBigFile, type BigDrop } from './support/big-drop.ts';

const run = promisify(execFile);
const APP = path.join(repositoryRoot, 'apps', 'sync');
const MAIN = path.join(APP, 'dist', 'lib', 'main.js');

describe('build: the sync bundled for production', () => {
  let database: TestDatabase;
  let drop: BigDrop;

  beforeAll(async () => {
    await run(process.execPath, ['--import', 'tsx', 'build.ts'], { cwd: APP });
    database = await createTestDatabase('postgres');
    drop = await fixtureWithBigFile(40_000);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('build: the bundle migrates, loads the drop with its large file on a thread, and reruns', async () => {
    const { size } = await stat(path.join(drop.root, drop.bigFile));
    expect(size).toBeGreaterThanOrEqual(WORKER_MIN_BYTES);

    const args = ['run', '--source', drop.root, '--database', database.url, '--json'];
    const env = { ...process.env, VITEST: '', LOG_LEVEL: 'warn' };

    const first = await run(process.execPath, [MAIN, ...args], { env }).catch((error) => error);
    const summary = JSON.parse(first.stdout);
    const rerun = JSON.parse((await run(process.execPath, [MAIN, ...args], { env })).stdout);

    expect(first.stderr).toBe('');
    expect(summary.filesFailed).toBe(0);
    expect(summary.rowsLoaded).toBeGreaterThan(drop.bigRows);
    expect(summary.filesLoaded).toBeGreaterThan(10);
    expect(rerun.filesLoaded).toBe(0);
    expect(rerun.rowsLoaded).toBe(0);
  });
});
