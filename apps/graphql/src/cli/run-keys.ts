/** The `keys` command line, parsed and dispatched to its commands (see `keys.ts`). */
import { parseArgs } from 'node:util';
import type { Database } from '@vnodrop/db';
import {
  createKeyCommand,
  grantCommand,
  grantsCommand,
  listKeysCommand,
  operationsCommand,
  registerCommand,
  revokeKeyCommand,
  ungrantCommand,
  UsageError,
} from './key-commands.ts';

/** The commands and exit codes, for `keys --help` and a command line that names none. */
export const KEYS_HELP = `Usage: pnpm --filter @vnodrop/graphql keys <command>

API keys, the customers partners may read, and persisted operations, in the database of
DATABASE_URL (\`postgres://…\` or \`pglite:<dir>\`; migrated first).

Commands:
  create --role admin|frontend|partner [--partner <name>] [--scope sim:secrets] [--label <text>]
                         a new key, printed once: only its hash is kept
  list                   the keys, without their secrets
  revoke <id>            a key stops working at once
  grant <partner> <customerId…>    the customers a partner may read
  ungrant <partner> <customerId…>
  grants [<partner>]
  register [--owner <partner>] <file.graphql | manifest.json>…
                         persisted operations, from documents or a graphql-codegen manifest
  operations             the registered operations

Exit codes: 0 done, 1 failed, 64 the command line is wrong.`;

/** Runs one command line; returns the lines to print. */
export async function runKeys(db: Database, argv: string[]): Promise<string[]> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      partner: { type: 'string' },
      scope: { type: 'string', multiple: true },
      label: { type: 'string' },
      owner: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;

  switch (command) {
    case 'create':
      return createKeyCommand(db, { ...values, scopes: values.scope ?? [] });
    case 'list':
      return listKeysCommand(db);
    case 'revoke':
      return revokeKeyCommand(db, rest[0]);
    case 'grant':
      return grantCommand(db, rest[0], rest.slice(1));
    case 'ungrant':
      return ungrantCommand(db, rest[0], rest.slice(1));
    case 'grants':
      return grantsCommand(db, rest[0]);
    case 'register': {
      const { schema } = await import('../schema.ts');

      return registerCommand(db, schema, rest, values.owner);
    }
    case 'operations':
      return operationsCommand(db);
    default:
      throw new UsageError(command ? `Unknown command "${command}".\n\n${KEYS_HELP}` : KEYS_HELP);
  }
}
