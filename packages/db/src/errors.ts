/**
 * Errors of the data layer. Every one extends {@link DatabaseError}, keeps the error it
 * explains as `cause`, and says in its message what failed and how to fix it.
 */

export class DatabaseError extends Error {
  override readonly name: string = 'DatabaseError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The database URL is not one of the accepted forms. */
export class DatabaseUrlError extends DatabaseError {
  override readonly name = 'DatabaseUrlError';

  constructor(
    /** The URL, credentials redacted. */
    readonly url: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Invalid database URL ${url}: ${reason}. Use postgres://user:password@host:5432/name, ` +
        'pglite:memory, or pglite:<directory>.',
      options,
    );
  }
}

/** The PostgreSQL server did not answer, or refused the connection. */
export class DatabaseUnreachableError extends DatabaseError {
  override readonly name = 'DatabaseUnreachableError';

  constructor(
    readonly host: string,
    readonly port: number,
    options?: { cause?: unknown },
  ) {
    super(
      `Cannot reach PostgreSQL at ${host}:${port} (${describeCause(options?.cause)}). ` +
        'Start the server (for a local cluster: `pg_ctlcluster 15 main start`) or set ' +
        'DATABASE_URL to a reachable server; `pglite:./data` runs an embedded database instead.',
      options,
    );
  }
}

/** Another process (or another handle of this one) has the embedded database open. */
export class DatabaseInUseError extends DatabaseError {
  override readonly name = 'DatabaseInUseError';

  constructor(
    readonly dir: string,
    readonly pid: number | undefined,
  ) {
    super(
      `The embedded database in ${dir} is in use by ` +
        `${pid === undefined ? 'another process' : `process ${pid}`} (a GraphQL server or a ` +
        'sync): the embedded database takes one process at a time. Stop that process first, ' +
        'or use PostgreSQL (DATABASE_URL=postgres://…) to run the sync and the server together.',
    );
  }
}

/** The server answered but the connection failed (authentication, unknown database). */
export class DatabaseConnectionError extends DatabaseError {
  override readonly name = 'DatabaseConnectionError';

  constructor(
    /** The URL, credentials redacted. */
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Cannot connect to ${url}: ${describeCause(options?.cause)}. Check the user, password ` +
        'and database name in DATABASE_URL.',
      options,
    );
  }
}

/**
 * Read replicas were asked for where there can be none (an embedded primary, a replica that is
 * not a PostgreSQL URL), or a replica could not be opened.
 */
export class DatabaseReplicaError extends DatabaseError {
  override readonly name = 'DatabaseReplicaError';

  constructor(
    /** The replica's URL, credentials redacted. */
    readonly url: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Read replica ${url}: ${reason}`, options);
  }
}

/** Applying the migrations failed; the database is left as the last migration left it. */
export class MigrationError extends DatabaseError {
  override readonly name = 'MigrationError';

  constructor(
    readonly folder: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Migrating the database from ${folder} failed: ${describeCause(options?.cause)}. ` +
        'Fix the cause and run the migration again; applied migrations are not repeated.',
      options,
    );
  }
}

/** A usage record fell in a month that has no partition yet. */
export class MissingPartitionError extends DatabaseError {
  override readonly name = 'MissingPartitionError';

  constructor(
    readonly table: string,
    options?: { cause?: unknown },
  ) {
    super(
      `No partition of ${table} holds the record's started_at month. Call ` +
        `ensureCdrPartitions(db, '${table}', instants) for the batch's instants before ` +
        'inserting it.',
      options,
    );
  }
}

/** The message of an error's innermost cause, for the message of the error that wraps it. */
export function describeCause(cause: unknown): string {
  let current = cause;
  while (current instanceof Error && current.cause !== undefined && current.cause !== current) {
    current = current.cause;
  }
  if (current instanceof Error) {
    const code = (current as { code?: unknown }).code;
    return typeof code === 'string' && !current.message.includes(code)
      ? `${code}: ${current.message}`
      : current.message;
  }
  return describeThrown(current);
}

/** What a library threw that is not an Error (PGlite's exit status, say), as readable text. */
function describeThrown(thrown: unknown): string {
  if (typeof thrown !== 'object' || thrown === null) return String(thrown);

  const message = (thrown as { message?: unknown }).message;
  if (typeof message === 'string') return message;

  const text = JSON.stringify(thrown);
  return text === undefined || text === '{}' ? Object.prototype.toString.call(thrown) : text;
}

/** A query function was given an argument it cannot use (a period that is not `YYYY-MM`). */
export class QueryArgumentError extends DatabaseError {
  override readonly name = 'QueryArgumentError';

  constructor(
    readonly argument: string,
    readonly value: unknown,
    expected: string,
  ) {
    super(`${argument} ${JSON.stringify(value)} is not valid: expected ${expected}.`);
  }
}
