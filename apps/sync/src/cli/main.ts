#!/usr/bin/env node
import { Command, Option } from 'commander';
import { createLogger } from '@vnodrop/log';
import { runCommand } from './run-command.ts';
import { statusCommand } from './status-command.ts';
import { demoCommand } from './demo-command.ts';
import { SELECTORS } from './selectors.ts';
import { parseSeconds } from './seconds.ts';
import { watchCommand } from './watch-command.ts';
import { rerateCommand } from './rerate-command.ts';

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
  SYNC_SETTLE_SECONDS      the settle time when --settle is not given
  LOG_LEVEL                trace, debug, info (default), warn, error, fatal, silent

Exit codes:
  0  everything loaded (files still arriving wait for the next run)
  1  a file or the run failed, or the run stopped early (the next run takes what is left)
  2  rows or files were set aside (see rejected_rows)
  64 the command line is wrong
  75 another sync is loading into the same database (retry later, or use --wait), or
     another process has the embedded database open

SIGTERM or SIGINT stop a run or a watch once the file in hand is loaded; a second one stops
at once. \`watch\` then exits 0.`,
  );

/** The exit codes of a command that loads, under its own `--help`. */
const LOAD_EXIT_CODES = `
Exit codes: 0 everything loaded, 1 a file or the run failed or stopped early, 2 rows or files
set aside (rejected_rows), 64 the command line is wrong, 75 another sync holds the database.`;

/** The exit codes of the other commands, under their own `--help`. */
const exitCodes = (extra = '') =>
  `\nExit codes: 0 done, 1 failed, 64 the command line is wrong${extra}.`;
const WATCH_EXIT_CODES = exitCodes(' (a failed cycle is logged; SIGTERM or SIGINT exit 0)');
const STATUS_EXIT_CODES = exitCodes();
const RERATE_EXIT_CODES = exitCodes(', 75 a sync holds the database (try --wait)');

// Set before the commands are added, so that they inherit it: a wrong command line exits 64.
program.exitOverride((error) => {
  process.exit(error.exitCode === 0 ? 0 : 64);
});

/**
 * On a terminal the progress bar tells the story, and the demo (the quick start) its summary;
 * warnings and errors still show. LOG_LEVEL, when set, decides.
 */
const logger = (quiet = process.stderr.isTTY) =>
  createLogger({
    name: 'sync',
    ...(process.env.LOG_LEVEL || !quiet ? {} : { level: 'warn' as const }),
  });

program
  .command('run')
  .addHelpText('after', LOAD_EXIT_CODES)
  .description('Sync once: list the drop, load what is new, print a summary.')
  .option('--source <url>', 'sftp://user@host:port/path, ftp(s)://…, file:///path or a folder')
  .option('--database <url>', 'postgres://… or pglite:<dir>')
  .option('--dry-run', 'read and check everything, write nothing', false)
  .addOption(new Option('--only <family...>', 'load only these families').choices(SELECTORS))
  .addOption(settleOption())
  .option('--wait', 'if another sync is loading, wait for it instead of exiting (75)', false)
  .option('--json', 'print the summary as JSON', false)
  .action(async (options) => {
    process.exitCode = await runCommand(options, logger());
  });

program
  .command('watch')
  .addHelpText('after', WATCH_EXIT_CODES)
  .description('Sync every interval until SIGTERM or SIGINT, with a log line per cycle.')
  .option('--source <url>', 'sftp://user@host:port/path, ftp(s)://…, file:///path or a folder')
  .option('--database <url>', 'postgres://… or pglite:<dir>')
  .addOption(
    new Option('--interval <seconds>', 'the wait between two cycles')
      .argParser(parseSeconds)
      .default(300_000, '300'),
  )
  .addOption(new Option('--only <family...>', 'load only these families').choices(SELECTORS))
  .addOption(settleOption())
  .option('--wait', 'if another sync is loading, wait for it instead of skipping the cycle', false)
  .action(async (options) => {
    process.exitCode = await watchCommand(options, logger());
  });

program
  .command('status')
  .addHelpText('after', STATUS_EXIT_CODES)
  .description("Print the ledger's latest state per family.")
  .option('--database <url>', 'postgres://… or pglite:<dir>')
  .option('--json', 'print as JSON', false)
  .action(async (options) => {
    process.exitCode = await statusCommand(options, logger());
  });

program
  .command('rerate')
  .addHelpText('after', RERATE_EXIT_CODES)
  .description('Price every usage record again with the rate tables (cdr_ratings).')
  .option('--database <url>', 'postgres://… or pglite:<dir>')
  .option('--incremental', 'only the records new or changed since the last rating', false)
  .option('--wait', 'if a sync is loading, wait for it instead of exiting (75)', false)
  .option('--json', 'print the summary as JSON', false)
  .action(async (options) => {
    process.exitCode = await rerateCommand(options, logger());
  });

program
  .command('demo')
  .addHelpText('after', LOAD_EXIT_CODES)
  .description('Generate the bundled demo drop and sync it into the database (the quick start).')
  .option('--database <url>', 'postgres://… or pglite:<dir>')
  .option('--json', 'print the summary as JSON', false)
  .action(async (options) => {
    process.exitCode = await demoCommand(options, logger(true));
  });

function settleOption() {
  return new Option(
    '--settle <seconds>',
    'take a new file once its size and time stay the same this long ' +
      '(default: 10 for a server, 0 for a local folder)',
  ).argParser(parseSeconds);
}

await program.parseAsync(process.argv);
