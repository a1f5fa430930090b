/**
 * Starts the GraphQL server: `pnpm --filter @vnodrop/graphql start`.
 *
 * DATABASE_URL  `postgres://…` or `pglite:<directory>` (default: `.data/pglite` at the root
 *               of the repository), migrated on start.
 * DATABASE_READ_URLS  streaming replicas of DATABASE_URL, comma separated: requests read there.
 * PORT, HOST    where to listen (default 127.0.0.1:4000).
 * AUTH_MODE     `required` (default): every request needs an API key or a JWT; `open`: a
 *               request without one reads as the frontend role (local development only).
 * JWT_*, RATE_LIMIT_PER_MINUTE, GRAPHQL_MAX_*, STATEMENT_TIMEOUT_MS: see the README.
 */
import { createDatabase, migrate } from '@vnodrop/db';
import { createLogger } from '@vnodrop/log';
import { accessSettingsFromEnv } from './access/settings.ts';
import { FIRST_QUERY, GRAPHQL_PATH } from './app.ts';
import { databaseReadUrlsFromEnv, databaseUrlFromEnv } from './database-url.ts';
import { createServer } from './server.ts';

async function main() {
  const logger = createLogger({ name: 'graphql' });
  const access = await accessSettingsFromEnv(process.env);
  const port = Number(process.env.PORT || 4000);
  const host = process.env.HOST || '127.0.0.1';

  const database = await createDatabase(databaseUrlFromEnv(process.env), {
    readUrls: databaseReadUrlsFromEnv(process.env),
  });
  await migrate(database);
  logger.info(
    { database: database.url, readReplicas: database.readUrls, authMode: access.mode },
    'database ready',
  );

  const server = createServer({ db: database.db, logger, access });
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
