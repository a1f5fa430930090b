/**
 * Whether the server can serve: the database answers, every migration of `@vnodrop/db` is
 * applied, and the feeds of the drop keep coming. `/readiness` answers 200 with the checks,
 * or 503 when one fails; `/health` only says the process is alive.
 */
import { feedFreshness, MIGRATIONS_FOLDER, selectRows, type Database } from '@vnodrop/db';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface Check {
  status: CheckStatus;
  /** What went wrong, in words, when it did not pass. */
  message?: string;
  [detail: string]: unknown;
}

export interface Readiness {
  status: 'ready' | 'not ready';
  checks: { database: Check; migrations: Check; feeds: Check };
}

export interface ReadinessOptions {
  /** `fail`: a feed that stopped coming fails the check; `warn`: reported only; `off`. */
  feeds: 'fail' | 'warn' | 'off';
  /** How long the database may take to answer. */
  timeoutMs?: number;
  now?: () => Date;
}

/** Drizzle's ledger of applied migrations. */
const MIGRATIONS_TABLE = sql`drizzle.__drizzle_migrations`;

export async function checkReadiness(db: Database, options: ReadinessOptions): Promise<Readiness> {
  const database = await checkDatabase(db, options.timeoutMs ?? 2_000);
  const skipped: Check = { status: 'fail', message: 'not checked: the database does not answer' };
  const migrations = database.status === 'pass' ? await checkMigrations(db) : skipped;
  const feeds =
    options.feeds === 'off'
      ? { status: 'pass' as const, message: 'not checked (READINESS_FEEDS=off)' }
      : database.status === 'pass'
        ? await checkFeeds(db, options.feeds, options.now?.() ?? new Date())
        : skipped;
  const checks = { database, migrations, feeds };
  const failed = Object.values(checks).some((check) => check.status === 'fail');

  return { status: failed ? 'not ready' : 'ready', checks };
}

async function checkDatabase(db: Database, timeoutMs: number): Promise<Check> {
  const began = performance.now();
  let timer: NodeJS.Timeout | undefined;

  try {
    await Promise.race([
      selectRows(db, sql`select 1 as one`),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);

    return { status: 'pass', durationMs: Math.round(performance.now() - began) };
  } catch (error) {
    return { status: 'fail', message: messageOf(error) };
  } finally {
    clearTimeout(timer);
  }
}

async function checkMigrations(db: Database): Promise<Check> {
  const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  let applied: { name: string | null; hash: string }[];

  try {
    applied = await selectRows(db, sql`select name, hash from ${MIGRATIONS_TABLE}`);
  } catch (error) {
    return { status: 'fail', message: `no migration applied (${messageOf(error)})` };
  }

  const names = new Set(applied.map((row) => row.name));
  const hashes = new Set(applied.map((row) => row.hash));
  const pending = expected
    .filter((migration) => !names.has(migration.name) && !hashes.has(migration.hash))
    .map((migration) => migration.name);

  return pending.length === 0
    ? { status: 'pass', applied: applied.length, expected: expected.length }
    : {
        status: 'fail',
        message:
          `${pending.length} migration(s) not applied: ` +
          'start the server or the sync, which migrate',
        applied: applied.length,
        expected: expected.length,
        pending,
      };
}

async function checkFeeds(db: Database, mode: 'fail' | 'warn', now: Date): Promise<Check> {
  const feeds = await feedFreshness(db, { now });
  const stopped = feeds.filter((feed) => feed.status === 'missing').map((feed) => feed.family);
  const late = feeds.filter((feed) => feed.status === 'late').map((feed) => feed.family);
  const status: CheckStatus = stopped.length > 0 ? mode : late.length > 0 ? 'warn' : 'pass';

  return {
    status,
    ...(stopped.length > 0
      ? { message: `no recent file of ${stopped.join(', ')}` }
      : late.length > 0
        ? { message: `late: ${late.join(', ')}` }
        : {}),
    feeds: feeds.map((feed) => ({
      family: feed.family,
      status: feed.status,
      lastExtractedAt: feed.lastExtractedAt?.toISOString() ?? null,
      dueAt: feed.dueAt?.toISOString() ?? null,
    })),
  };
}

function messageOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const message = error instanceof Error ? error.message : String(error);

  return cause instanceof Error && cause.message !== message
    ? `${message}: ${cause.message}`
    : message;
}
