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

export const USAGE = `usage: keys create --role admin|frontend|partner [--partner <name>] [--scope <scope>] [--label <text>]
       keys list | revoke <id>
       keys grant <partner> <customerId…> | ungrant <partner> <customerId…> | grants [<partner>]
       keys register [--owner <partner>] <file.graphql | manifest.json>… | operations`;

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
      throw new UsageError(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
  }
}
