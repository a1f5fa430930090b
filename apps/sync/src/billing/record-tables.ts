/**
 * The four tables of usage records the re-rating covers, the ledger families whose files
 * fill each, and how a record of each is read for the rating.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { CdrTableName } from '@vnodrop/db';

export interface RecordTable {
  readonly name: CdrTableName;
  /** Ledger families (`source_files.family`) whose files load into the table. */
  readonly families: readonly string[];
  /** The columns the rating reads, from the table aliased `c`, named as {@link RecordRow}. */
  readonly columns: SQL;
}

/** A record as the rating reads it. Numbers may come as text from the driver. */
export type RecordRow = {
  customer_id: string;
  cdr_id: string;
  /** ISO 8601, UTC. */
  started_at: string;
  service: 'MOBILE' | 'VGA' | 'VOIP';
  event_type: 'VOICE' | 'SMS' | 'MMS' | 'DATA';
  called_number: string | null;
  called_number_raw: string | null;
  duration_s: number | string | null;
  volume: number | string | null;
  tariff_code: string | null;
  amount: string;
  source_file_id: number | string;
};

const COMMON = sql`c.customer_id, c.cdr_id,
  to_char(c.started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as started_at,
  c.called_number, c.called_number_raw, c.duration_s, c.tariff_code, c.amount::text as amount,
  c.source_file_id`;

const MOBILE_COLUMNS = sql`${COMMON}, 'MOBILE' as service, c.event_type::text as event_type,
  c.volume`;

const FIXED_COLUMNS = sql`${COMMON}, c.service::text as service, 'VOICE' as event_type,
  null::bigint as volume`;

export const RECORD_TABLES: readonly RecordTable[] = [
  { name: 'mobile_cdrs', families: ['rated-mobile'], columns: MOBILE_COLUMNS },
  { name: 'fixed_cdrs', families: ['rated-vga', 'rated-voip'], columns: FIXED_COLUMNS },
  { name: 'billed_mobile_cdrs', families: ['billed-mobile'], columns: MOBILE_COLUMNS },
  { name: 'billed_fixed_cdrs', families: ['billed-vga'], columns: FIXED_COLUMNS },
];

/** Every ledger family whose records are rated. */
export const RATED_FAMILIES = RECORD_TABLES.flatMap((table) => table.families);

/** The table a family's files load into, if its records are rated. */
export function tableOfFamily(family: string): RecordTable | undefined {
  return RECORD_TABLES.find((table) => table.families.includes(family));
}
