/**
 * `pnpm --filter @vnodrop/graphql keys <command>`: API keys, the customers partners may read,
 * and persisted operations, in the database of DATABASE_URL (migrated first).
 *
 *   keys create --role admin|frontend|partner [--partner <name>] [--scope sim:secrets] [--label <text>]
 *   keys list
 *   keys revoke <id>
 *   keys grant <partner> <customerId…>
 *   keys ungrant <partner> <customerId…>
 *   keys grants [<partner>]
 *   keys register [--owner <partner>] <file.graphql | manifest.json>…
 *   keys operations
 *
 * Exit codes: 0 done, 1 failed, 64 the command line is wrong.
 */
import { createDatabase, migrate } from '@vnodrop/db';
import { databaseUrlFromEnv } from '../database-url.ts';
import { UsageError } from './key-commands.ts';
import { runKeys } from './run-keys.ts';

async function main(argv: string[]): Promise<number> {
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
