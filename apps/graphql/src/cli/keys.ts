/**
 * `pnpm --filter @vnodrop/graphql keys <command>`: API keys, the customers partners may read,
 * and persisted operations, in the database of DATABASE_URL (migrated first). `--help` lists
 * the commands and the exit codes.
 */
import { createDatabase, migrate } from '@vnodrop/db';
import { databaseUrlFromEnv } from '../database-url.ts';
import { UsageError } from './key-commands.ts';
import { KEYS_HELP, runKeys } from './run-keys.ts';

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${KEYS_HELP}\n`);
    return argv.length === 0 ? 64 : 0;
  }

  let database;

  try {
    database = await createDatabase(databaseUrlFromEnv(process.env));
    await migrate(database);
    process.stdout.write(`${(await runKeys(database.db, argv)).join('\n')}\n`);

    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);

    process.stderr.write(`keys: ${message}\n`);

    return error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ? 64
      : 1;
  } finally {
    await database?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
