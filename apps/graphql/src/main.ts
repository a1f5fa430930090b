/**
 * Starts the GraphQL server: `pnpm --filter @vnodrop/graphql start`.
 *
 * DATABASE_URL  `postgres://…` or `pglite:<directory>` (default: `.data/pglite` at the root
 *               of the repository), migrated on start.
 * PORT, HOST    where to listen (default 127.0.0.1:4000).
 */
import { fileURLToPath } from 'node:url';
import { createDatabase, migrate } from '@vnodrop/db';
import { createLogger } from '@vnodrop/log';
import { FIRST_QUERY, GRAPHQL_PATH } from './app.ts';
import { createServer } from './server.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_DATABASE_URL = `pglite:${REPO_ROOT}.data/pglite`;

async function main() {
  const logger = createLogger({ name: 'graphql' });
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const port = Number(process.env.PORT || 4000);
  const host = process.env.HOST || '127.0.0.1';

  const database = await createDatabase(databaseUrl);
  await migrate(database);
  logger.info({ database: database.url }, 'database ready');

  const server = createServer({ db: database.db, logger });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });

  const url = `http://${host}:${port}${GRAPHQL_PATH}`;
  process.stdout.write(`GraphiQL: ${url}\n\nA first query to try:\n\n${FIRST_QUERY}\n`);

  const stop = () => {
    server.close(() => void database.close().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`graphql: ${message}\n`);
  process.exitCode = 1;
});
