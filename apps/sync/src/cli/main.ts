#!/usr/bin/env node
import { Command, Option } from 'commander';
import { createLogger } from '@vnodrop/log';
import { runCommand } from './run-command.ts';
import { statusCommand } from './status-command.ts';
import { demoCommand } from './demo-command.ts';
import { SELECTORS } from './selectors.ts';

const program = new Command('sync')
  .description("Loads the wholesaler's drop into PostgreSQL, incrementally and idempotently.")
  .addHelpText(
    'after',
    `
Environment:
  DATABASE_URL             postgres://… or pglite:<dir> (default: pglite:<repo>/.data/pglite)
  SYNC_SOURCE              the drop's URL when --source is not given
  SYNC_SOURCE_PASSWORD(_FILE), SYNC_SOURCE_KEY_FILE, SYNC_SOURCE_KEY_PASSPHRASE(_FILE),
  SYNC_SOURCE_HOST_KEY, SYNC_SOURCE_KNOWN_HOSTS, SYNC_SOURCE_TLS_INSECURE, SYNC_SOURCE_CA_FILE
                           credentials and server identity (never on the command line)
  LOG_LEVEL                trace, debug, info (default), warn, error, silent

Exit codes:
  0  everything loaded          2  rows or files were set aside (see rejected_rows)
  1  a file or the run failed   64 the command line is wrong`,
  );

/** On a terminal the progress bar tells the story; warnings and errors still show. */
const logger = () =>
  createLogger({
    name: 'sync',
    ...(process.env.LOG_LEVEL || !process.stderr.isTTY ? {} : { level: 'warn' as const }),
  });

program
  .command('run')
  .description('Sync once: list the drop, load what is new, print a summary.')
  .option('--source <url>', 'sftp://user@host:port/path, ftp(s)://…, file:///path or a folder')
  .option('--database <url>', 'postgres://… or pglite:<dir>')
  .option('--dry-run', 'read and check everything, write nothing', false)
  .addOption(new Option('--only <family...>', 'load only these families').choices(SELECTORS))
  .option('--json', 'print the summary as JSON', false)
  .action(async (options) => {
    process.exitCode = await runCommand(options, logger());
  });

program
  .command('status')
  .description("Print the ledger's latest state per family.")
  .option('--database <url>', 'postgres://… or pglite:<dir>')
  .option('--json', 'print as JSON', false)
  .action(async (options) => {
    process.exitCode = await statusCommand(options, logger());
  });

program
  .command('demo')
  .description('Generate the bundled demo drop and sync it into the database (the quick start).')
  .option('--database <url>', 'postgres://… or pglite:<dir>')
  .option('--json', 'print the summary as JSON', false)
  .action(async (options) => {
    process.exitCode = await demoCommand(options, logger());
  });

program.exitOverride((error) => {
  process.exit(error.exitCode === 0 ? 0 : 64);
});

await program.parseAsync(process.argv);
