/**
 * Starts the GraphQL server: `pnpm --filter @vnodrop/graphql start [-- --config <file>]`.
 * `--help` lists every setting (see `config/settings-table.ts`) and the exit codes: 0 stopped
 * by a signal, 1 could not start or failed, 64 wrong command line, 78 a wrong setting.
 */
import { createDatabase, migrate } from '@vnodrop/db';
import { createLogger } from '@vnodrop/log';
import { FIRST_QUERY, GRAPHQL_PATH } from './app.ts';
import { SettingsError } from './access/settings.ts';
import {
  CommandLineError,
  loadServerConfig,
  parseServerArgs,
  SERVER_EXIT,
  serverHelp,
} from './config/index.ts';
import { createServer } from './server.ts';

async function main(argv: string[]): Promise<number | undefined> {
  const commandLine = parseServerArgs(argv);

  if (commandLine.help) {
    process.stdout.write(serverHelp());
    return SERVER_EXIT.ok;
  }

  const config = await loadServerConfig({ env: process.env, file: commandLine.config });
  const logger = createLogger({
    name: 'graphql',
    ...(config.logLevel ? { level: config.logLevel } : {}),
  });

  const database = await createDatabase(config.databaseUrl, { readUrls: config.readUrls });
  await migrate(database);
  logger.info(
    {
      database: database.url,
      readReplicas: database.readUrls,
      authMode: config.access.mode,
      config: config.file ?? null,
    },
    'database ready',
  );

  const server = createServer({
    db: database.db,
    logger,
    access: config.access,
    readiness: config.readiness,
    metricsToken: config.metricsToken,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });

  const url = `http://${config.host}:${config.port}${GRAPHQL_PATH}`;
  process.stdout.write(`GraphiQL: ${url}\n\nA first query to try:\n\n${FIRST_QUERY}\n`);

  // Kept listening once stopping: a second signal (a terminal's Ctrl-C reaches tsx and the
  // server both, and tsx relays it) must not end the process before the database is closed.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    logger.info({}, 'stopping: answering the requests in flight');
    server.close(() => void database.close().then(() => process.exit(SERVER_EXIT.ok)));
    server.closeIdleConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  return undefined;
}

function exitCodeOf(error: unknown): number {
  if (error instanceof CommandLineError) return SERVER_EXIT.usage;
  if (error instanceof SettingsError) return SERVER_EXIT.config;

  return SERVER_EXIT.failed;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const lines = error instanceof SettingsError ? message.split('\n') : [message];

    process.stderr.write(lines.map((line) => `graphql: ${line}\n`).join(''));
    process.exitCode = exitCodeOf(error);
  },
);
