/**
 * The usage records as the reconciliation and the usage totals see them: two families,
 * mobile (one service) and fixed (VGA lines and VoIP numbers), each with its rated table,
 * its billed table and the ledger family of its monthly billed file.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { CdrTableName } from '../schema/cdrs.ts';
import type { RateService } from '../schema/enums.ts';
import { allOf, inParisMonth } from './sql-parts.ts';

/** Which records a query looks at; every field narrows it. */
export interface RecordFilter {
  /** `YYYY-MM`: the records of calls made that month, in Paris time. */
  readonly period?: string;
  readonly service?: RateService;
  readonly customerId?: string;
}

export interface RecordSource {
  readonly family: 'mobile' | 'fixed';
  readonly rated: CdrTableName;
  readonly billed: CdrTableName;
  /** The ledger family of the monthly billed file. */
  readonly billedFile: string;
  /** The service of a record of the table aliased `alias`, as text. */
  service(alias: string): SQL;
}

const MOBILE: RecordSource = {
  family: 'mobile',
  rated: 'mobile_cdrs',
  billed: 'billed_mobile_cdrs',
  billedFile: 'billed-mobile',
  service: () => sql`'MOBILE'::text`,
};

const FIXED: RecordSource = {
  family: 'fixed',
  rated: 'fixed_cdrs',
  billed: 'billed_fixed_cdrs',
  billedFile: 'billed-vga',
  service: (alias) => sql`${sql.identifier(alias)}.service::text`,
};

/** The families that hold records of `service` (both without one). */
export function sourcesFor(service?: RateService): RecordSource[] {
  if (service === undefined) return [MOBILE, FIXED];

  return service === 'MOBILE' ? [MOBILE] : [FIXED];
}

/** The filter's conditions on a record table aliased `alias`. */
export function recordConditions(alias: string, source: RecordSource, filter: RecordFilter): SQL {
  const column = (name: string) => sql`${sql.identifier(alias)}.${sql.identifier(name)}`;

  return allOf([
    filter.period === undefined ? undefined : inParisMonth(column('started_at'), filter.period),
    filter.customerId === undefined
      ? undefined
      : sql`${column('customer_id')} = ${filter.customerId}`,
    filter.service === undefined || source.family === 'mobile'
      ? undefined
      : sql`${column('service')} = ${filter.service}`,
  ]);
}

/** `union all` of one select per family. */
export function unionOf(parts: readonly SQL[]): SQL {
  return sql.join([...parts], sql` union all `);
}
