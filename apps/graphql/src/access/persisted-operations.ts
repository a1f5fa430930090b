/**
 * The registry of persisted operations: documents callers run by their SHA-256 (the only ones
 * a partner may run). A document is registered as the exact text clients hash; it must be
 * valid against the schema. Lookups are cached in memory: a hash always names the same text.
 */
import { createHash } from 'node:crypto';
import { type Database, persistedOperations } from '@vnodrop/db';
import { asc, eq } from 'drizzle-orm';
import { Kind, parse, validate, type GraphQLSchema } from 'graphql';

export function operationHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

export class OperationRegistryError extends Error {
  constructor(
    readonly origin: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${origin}: ${message}`, options);
    this.name = 'OperationRegistryError';
  }
}

export interface OperationSource {
  /** Where it came from (a file, a manifest entry), for messages. */
  origin: string;
  document: string;
  /** The hash a manifest gave; checked against the document's SHA-256. */
  hash?: string;
}

export interface RegisteredOperation {
  hash: string;
  name: string | null;
  origin: string;
  /** False when the registry already held it. */
  added: boolean;
}

/** The name of the document's first named operation, if any. */
function operationName(source: OperationSource, schema: GraphQLSchema): string | null {
  let parsed;

  try {
    parsed = parse(source.document);
  } catch (error) {
    throw new OperationRegistryError(
      source.origin,
      `not a GraphQL document (${(error as Error).message})`,
      { cause: error },
    );
  }

  const errors = validate(schema, parsed);

  if (errors.length > 0) {
    throw new OperationRegistryError(
      source.origin,
      `does not validate against the schema: ${errors.map((error) => error.message).join('; ')}`,
    );
  }

  const operation = parsed.definitions.find((def) => def.kind === Kind.OPERATION_DEFINITION);

  return operation && 'name' in operation ? (operation.name?.value ?? null) : null;
}

/** Registers documents for `owner` (a partner name; null: every caller may run them). */
export async function registerOperations(
  db: Database,
  schema: GraphQLSchema,
  sources: readonly OperationSource[],
  owner: string | null,
): Promise<RegisteredOperation[]> {
  const rows = sources.map((source) => {
    const hash = operationHash(source.document);

    if (source.hash !== undefined && source.hash !== hash) {
      throw new OperationRegistryError(
        source.origin,
        `its key ${source.hash} is not the SHA-256 of its document (${hash}); generate the ` +
          "manifest with `persistedDocuments: { hashAlgorithm: 'sha256' }`.",
      );
    }

    return { hash, name: operationName(source, schema), origin: source.origin };
  });

  return db.transaction(async (tx) => {
    const added = await tx
      .insert(persistedOperations)
      .values(
        rows.map((row, index) => ({
          hash: row.hash,
          name: row.name,
          document: sources[index]!.document,
          owner,
        })),
      )
      .onConflictDoNothing()
      .returning({ hash: persistedOperations.hash });
    const addedHashes = new Set(added.map((row) => row.hash));

    return rows.map((row) => ({ ...row, added: addedHashes.has(row.hash) }));
  });
}

/**
 * The entries of a graphql-codegen persisted-documents manifest, `{ "<hash>": "<document>" }`;
 * a hash may carry its algorithm, `sha256:<hex>`, as the client preset writes it.
 */
export function manifestSources(origin: string, text: string): OperationSource[] {
  let manifest: unknown;

  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new OperationRegistryError(origin, 'is not JSON', { cause: error });
  }

  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
    throw new OperationRegistryError(origin, 'is not a `{ "<hash>": "<document>" }` manifest');
  }

  return Object.entries(manifest).map(([hash, document]) => {
    if (typeof document !== 'string') {
      throw new OperationRegistryError(`${origin} ${hash}`, 'its document is not a string');
    }

    // graphql-codegen writes its keys as `sha256:<hex>`; the registry keeps the hex alone.
    return { origin: `${origin} ${hash}`, document, hash: hash.replace(/^sha256:/, '') };
  });
}

export interface StoredOperation {
  document: string;
  owner: string | null;
}

export function listOperations(db: Database) {
  return db
    .select({
      hash: persistedOperations.hash,
      name: persistedOperations.name,
      owner: persistedOperations.owner,
      createdAt: persistedOperations.createdAt,
    })
    .from(persistedOperations)
    .orderBy(asc(persistedOperations.createdAt), asc(persistedOperations.hash));
}

export type OperationLookup = (hash: string) => Promise<StoredOperation | null>;

/** Looks operations up by hash, keeping up to `capacity` found ones in memory. */
export function createOperationLookup(db: Database, capacity = 2000): OperationLookup {
  const cache = new Map<string, StoredOperation>();

  return async (hash) => {
    const cached = cache.get(hash);

    if (cached) {
      return cached;
    }

    if (!/^[0-9a-f]{64}$/.test(hash)) {
      return null;
    }

    const [row] = await db
      .select({ document: persistedOperations.document, owner: persistedOperations.owner })
      .from(persistedOperations)
      .where(eq(persistedOperations.hash, hash));

    if (row) {
      if (cache.size >= capacity) {
        cache.delete(cache.keys().next().value!);
      }
      cache.set(hash, row);
    }

    return row ?? null;
  };
}
