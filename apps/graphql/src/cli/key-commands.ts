/**
 * The commands of `keys`: API keys, partner grants and persisted operations, as functions of a
 * database that return the lines to print. `keys.ts` parses the command line around them.
 */
import { readFile } from 'node:fs/promises';
import type { Database } from '@vnodrop/db';
import type { GraphQLSchema } from 'graphql';
import { createApiKey, listApiKeys, revokeApiKey } from '../access/api-keys.ts';
import { grantCustomers, listGrants, ungrantCustomers } from '../access/grants.ts';
import {
  listOperations,
  manifestSources,
  registerOperations,
  type OperationSource,
} from '../access/persisted-operations.ts';
import {
  ACCESS_ROLES,
  isAccessRole,
  isScope,
  PARTNER_NAME,
  SCOPES,
  type Scope,
} from '../access/principal.ts';

/** A command line that cannot be carried out as written; exit code 64. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function partnerName(value: string | undefined, what = '--partner'): string {
  if (!value || !PARTNER_NAME.test(value)) {
    throw new UsageError(
      `${what} must be a partner name: lower case letters, digits, "-" and "_" (got ` +
        `${value ? `"${value}"` : 'nothing'}).`,
    );
  }

  return value;
}

export interface CreateKeyOptions {
  role?: string;
  partner?: string;
  scopes?: string[];
  label?: string;
}

export async function createKeyCommand(db: Database, options: CreateKeyOptions): Promise<string[]> {
  if (!isAccessRole(options.role)) {
    throw new UsageError(`--role must be one of ${ACCESS_ROLES.join(', ')}.`);
  }

  if (options.role !== 'partner' && options.partner) {
    throw new UsageError('--partner goes with --role partner only.');
  }

  const partner = options.role === 'partner' ? partnerName(options.partner) : null;
  const scopes = (options.scopes ?? []).map((scope) => {
    if (!isScope(scope)) {
      throw new UsageError(`Unknown scope "${scope}"; known scopes: ${SCOPES.join(', ')}.`);
    }

    return scope as Scope;
  });
  const created = await createApiKey(db, {
    role: options.role,
    partner,
    scopes,
    label: options.label ?? null,
  });

  return [
    `created key ${created.id} (${options.role}${partner ? ` for ${partner}` : ''}` +
      `${scopes.length ? `, scopes ${scopes.join(' ')}` : ''})`,
    '',
    created.key,
    '',
    'This is the only time the key is shown: store it now. Send it as',
    '`Authorization: Bearer <key>`.',
  ];
}

export async function listKeysCommand(db: Database): Promise<string[]> {
  const keys = await listApiKeys(db);

  if (keys.length === 0) {
    return ['no keys yet: `keys create --role <role>` makes one'];
  }

  return keys.map((key) =>
    [
      key.id,
      key.role.padEnd(8),
      (key.partner ?? '-').padEnd(16),
      key.scopes.join(',') || '-',
      key.createdAt.toISOString(),
      key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active',
      key.label ?? '',
    ]
      .join('  ')
      .trimEnd(),
  );
}

export async function revokeKeyCommand(db: Database, id: string | undefined): Promise<string[]> {
  if (!id) {
    throw new UsageError('Name the key to revoke: `keys revoke <id>` (ids are in `keys list`).');
  }

  if (!(await revokeApiKey(db, id))) {
    throw new UsageError(`No active key has the id "${id}"; see \`keys list\`.`);
  }

  return [`revoked key ${id}`];
}

export async function grantCommand(
  db: Database,
  partner: string | undefined,
  customerIds: string[],
): Promise<string[]> {
  const name = partnerName(partner, 'The partner');

  if (customerIds.length === 0) {
    throw new UsageError('Name the customers to grant: `keys grant <partner> <customerId…>`.');
  }

  const { added, unknown } = await grantCustomers(db, name, customerIds);

  return [
    `granted ${added} customer(s) to ${name}`,
    ...(unknown.length
      ? [`not (yet) in the drop, granted all the same: ${unknown.join(' ')}`]
      : []),
  ];
}

export async function ungrantCommand(
  db: Database,
  partner: string | undefined,
  customerIds: string[],
): Promise<string[]> {
  const name = partnerName(partner, 'The partner');

  if (customerIds.length === 0) {
    throw new UsageError(
      'Name the customers to take back: `keys ungrant <partner> <customerId…>`.',
    );
  }

  return [`took back ${await ungrantCustomers(db, name, customerIds)} customer(s) from ${name}`];
}

export async function grantsCommand(db: Database, partner?: string): Promise<string[]> {
  const grants = await listGrants(db, partner);

  return grants.length
    ? grants.map((grant) => `${grant.partner}  ${grant.customerId}`)
    : ['no grants'];
}

/** The documents of `.graphql` files (one document each) and `.json` manifests. */
export async function readOperationFiles(paths: string[]): Promise<OperationSource[]> {
  const sources = await Promise.all(
    paths.map(async (path) => {
      const text = await readFile(path, 'utf8');

      if (path.endsWith('.json')) {
        return manifestSources(path, text);
      }

      if (path.endsWith('.graphql') || path.endsWith('.gql')) {
        return [{ origin: path, document: text }];
      }

      throw new UsageError(`${path}: expected a .graphql file or a .json manifest.`);
    }),
  );

  return sources.flat();
}

export async function registerCommand(
  db: Database,
  schema: GraphQLSchema,
  paths: string[],
  owner: string | undefined,
): Promise<string[]> {
  if (paths.length === 0) {
    throw new UsageError(
      'Name the files to register: `keys register [--owner <partner>] <file…>`.',
    );
  }

  const registered = await registerOperations(
    db,
    schema,
    await readOperationFiles(paths),
    owner ? partnerName(owner, '--owner') : null,
  );

  return registered.map(
    (operation) =>
      `${operation.hash}  ${operation.name ?? '(anonymous)'}  ${operation.added ? 'added' : 'already there'}  ${operation.origin}`,
  );
}

export async function operationsCommand(db: Database): Promise<string[]> {
  const operations = await listOperations(db);

  return operations.length
    ? operations.map(
        (operation) =>
          `${operation.hash}  ${operation.name ?? '(anonymous)'}  ${operation.owner ?? 'everyone'}`,
      )
    : ['no persisted operations'];
}
