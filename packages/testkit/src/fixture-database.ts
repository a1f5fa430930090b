import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDatabase, type DatabaseOptions } from '@vnodrop/db';
import { runCommand } from './command.ts';
import { makeTempDir } from './copy-tree.ts';
import { createTestDatabase, type Backend, type TestDatabase } from './database.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository's root, where `pnpm-workspace.yaml` is. */
export const repositoryRoot = path.resolve(here, '../../..');

/** `shared/fixtures` beside the checkout, or FIXTURES_DIR. */
export const fixturesDir =
  process.env.FIXTURES_DIR ?? path.resolve(repositoryRoot, '../shared/fixtures');

/** The drop as received, with `drop.expected.json` beside it. */
export const fixtureDrop = path.join(fixturesDir, 'drop');

/**
 * Runs the sync app's command line (`sync <args…>`) as a user would, in its own process.
 * Other apps' tests load data through it: apps never import each other.
 */
export async function runSyncCli(args: string[]): Promise<string> {
  return runCommand('pnpm', [
    '--silent',
    '--dir',
    repositoryRoot,
    '--filter',
    '@vnodrop/sync',
    'exec',
    'tsx',
    'src/cli/main.ts',
    ...args,
  ]);
}

/**
 * A fresh database of the given kind into which the sync has loaded a drop (the fixture by
 * default), through the sync's command line. The embedded database lives in a temporary
 * folder so that the sync's process and the test's can open it one after the other.
 */
export async function loadFixtureDatabase(
  kind: Backend,
  options: DatabaseOptions & { drop?: string } = {},
): Promise<TestDatabase> {
  const { drop = fixtureDrop, ...databaseOptions } = options;
  if (!existsSync(drop)) {
    throw new Error(`No drop at ${drop}: set FIXTURES_DIR to the folder holding drop/.`);
  }
  const source = pathToFileURL(drop).href;

  if (kind === 'postgres') {
    const database = await createTestDatabase('postgres', databaseOptions);
    await runSyncCli(['run', '--source', source, '--database', database.url]).catch(
      async (error) => {
        await database.drop();
        throw error;
      },
    );

    return database;
  }

  const dir = await makeTempDir('vnodrop-pglite-');
  const url = `pglite:${dir}`;
  await runSyncCli(['run', '--source', source, '--database', url]);
  const handle = await createDatabase(url, databaseOptions);

  return {
    kind,
    url,
    handle,
    drop: async () => {
      await handle.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
