/**
 * Whether each feed of the drop keeps its cadence: the extraction time of its newest file
 * against how often the wholesaler extracts it, relative to a given `now`.
 */
import { sql } from 'drizzle-orm';
import { selectRows } from '../rows.ts';
import { isoInstant, toDate, type Queryable } from './sql-parts.ts';

const HOUR_MS = 3_600_000;

export interface FeedCadence {
  /** The ledger family (`source_files.family`). */
  readonly family: string;
  /** A new file is extracted at least this often. */
  readonly everyMs: number;
}

/** Inventories every 4 hours, SIM states hourly, rated records at least daily. */
export const FEED_CADENCES: readonly FeedCadence[] = [
  { family: 'account-vga', everyMs: 4 * HOUR_MS },
  { family: 'account-voip', everyMs: 4 * HOUR_MS },
  { family: 'account-xdsl', everyMs: 4 * HOUR_MS },
  { family: 'account-status', everyMs: HOUR_MS },
  { family: 'rated-mobile', everyMs: 24 * HOUR_MS },
  { family: 'rated-vga', everyMs: 24 * HOUR_MS },
  { family: 'rated-voip', everyMs: 24 * HOUR_MS },
  { family: 'rated-xdsl', everyMs: 24 * HOUR_MS },
];

/** How long after its extraction time a file may take to arrive before it counts as late. */
export const DEFAULT_GRACE_MS = 30 * 60_000;

/**
 * `on-time`: the newest file is less than one cadence (plus the grace) old. `late`: the next
 * file is due and has not come. `missing`: no file yet, or a whole cadence has passed since
 * the next file was due, so at least one file did not come.
 */
export type FreshnessStatus = 'on-time' | 'late' | 'missing';

export interface FeedFreshness {
  readonly family: string;
  readonly everyMs: number;
  /** Extraction time of the newest file loaded, up to `now`; null when there is none. */
  readonly lastExtractedAt: Date | null;
  /** When that file was loaded. */
  readonly lastLoadedAt: Date | null;
  /** When the next file is due (`lastExtractedAt + everyMs`); null without any file. */
  readonly dueAt: Date | null;
  /** How long past due, in milliseconds (0 when not due yet, null without any file). */
  readonly overdueMs: number | null;
  readonly status: FreshnessStatus;
}

export interface FreshnessOptions {
  readonly now: Date;
  readonly graceMs?: number;
  /** The feeds to check (default {@link FEED_CADENCES}). */
  readonly cadences?: readonly FeedCadence[];
}

/** The status of a feed whose newest file was extracted at `last`. */
export function freshnessStatus(
  last: Date | null,
  everyMs: number,
  now: Date,
  graceMs = DEFAULT_GRACE_MS,
): FreshnessStatus {
  if (last === null) return 'missing';

  const age = now.getTime() - last.getTime();
  if (age <= everyMs + graceMs) return 'on-time';
  return age <= 2 * everyMs + graceMs ? 'late' : 'missing';
}

/** One line per feed, in the order of the cadences, from the ledger's loaded files. */
export async function feedFreshness(
  db: Queryable,
  options: FreshnessOptions,
): Promise<FeedFreshness[]> {
  const cadences = options.cadences ?? FEED_CADENCES;
  const families = cadences.map((cadence) => cadence.family);

  const rows = await selectRows<{
    family: string;
    extracted_at: string | null;
    loaded_at: string | null;
  }>(
    db,
    sql`select distinct on (family) family, ${isoInstant(sql`extracted_at`)} as extracted_at,
               ${isoInstant(sql`finished_at`)} as loaded_at
        from source_files
        where family in (${sql.join(
          families.map((family) => sql`${family}`),
          sql`, `,
        )})
          and status in ('loaded', 'duplicate') and extracted_at is not null
          and extracted_at <= ${options.now.toISOString()}::timestamptz
        order by family, extracted_at desc, id desc`,
  );
  const newest = new Map(rows.map((row) => [row.family, row]));

  return cadences.map(({ family, everyMs }) => {
    const row = newest.get(family);
    const last = toDate(row?.extracted_at ?? null);
    const due = last === null ? null : new Date(last.getTime() + everyMs);

    return {
      family,
      everyMs,
      lastExtractedAt: last,
      lastLoadedAt: toDate(row?.loaded_at ?? null),
      dueAt: due,
      overdueMs: due === null ? null : Math.max(0, options.now.getTime() - due.getTime()),
      status: freshnessStatus(last, everyMs, options.now, options.graceMs),
    };
  });
}
