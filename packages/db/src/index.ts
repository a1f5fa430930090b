/**
 * The data layer: tables, relations, the client for PostgreSQL and PGlite, migrations.
 * Tables and enums are also available alone from `@vnodrop/db/schema`.
 */
export * from './schema/index.ts';
export { relations, type Relations } from './relations.ts';
export {
  createDatabase,
  type Database,
  type DatabaseHandle,
  type DatabaseOptions,
  type Transaction,
} from './client.ts';
export { migrate, MIGRATIONS_FOLDER } from './migrate.ts';
export {
  ensureCdrPartitions,
  explainInsertError,
  PartitionRangeError,
  type EnsurePartitionsOptions,
} from './partitions.ts';
export { selectRows } from './rows.ts';
export {
  HIGH_USAGE_ALERTS_CHANNEL,
  listen,
  type ListenOptions,
  type StopListening,
} from './notifications.ts';
export { READER_ROLE, withReadScope, type ReadScope } from './read-scope.ts';
export { primaryOf, readerOf } from './replicas.ts';
export { parseDatabaseUrl, redactUrl, type DatabaseTarget } from './url.ts';
export {
  DatabaseConnectionError,
  DatabaseError,
  DatabaseInUseError,
  DatabaseReplicaError,
  DatabaseUnreachableError,
  DatabaseUrlError,
  MigrationError,
  MissingPartitionError,
  QueryArgumentError,
} from './errors.ts';
export * from './queries/index.ts';
export { copyClient, copyRows, copyText, copyValue } from './copy.ts';
