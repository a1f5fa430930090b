/**
 * The rate tables as the rating needs them: every rate, indexed in a `RateBook`, and a
 * digest of each table code's rates that changes whenever one of them does.
 */
import { sql } from 'drizzle-orm';
import { RateBook, type Rate } from '@vnodrop/billing';
import { selectRows } from '@vnodrop/db';
import type { Database } from '@vnodrop/db';

type RateRow = {
  id: number | string;
  table_code: string;
  service: Rate['service'];
  event_type: Rate['eventType'];
  prefix: string | null;
  price: string;
  setup_fee: string | null;
  increment_first: number | null;
  increment_next: number | null;
  valid_from: string;
  valid_to: string | null;
};

export async function readRateBook(db: Database): Promise<RateBook> {
  const rows = await selectRows<RateRow>(
    db,
    sql`select id, table_code, service::text as service, event_type::text as event_type,
               prefix, price::text as price, setup_fee::text as setup_fee, increment_first,
               increment_next, valid_from::text as valid_from, valid_to::text as valid_to
        from rates`,
  );

  return new RateBook(
    rows.map((row) => ({
      id: Number(row.id),
      tableCode: row.table_code,
      service: row.service,
      eventType: row.event_type,
      prefix: row.prefix,
      price: row.price,
      setupFee: row.setup_fee,
      increment:
        row.increment_first === null || row.increment_next === null
          ? null
          : { first: Number(row.increment_first), next: Number(row.increment_next) },
      validFrom: row.valid_from,
      validTo: row.valid_to,
    })),
  );
}

/**
 * Table code → md5 of what its rates say (ids and provenance left out, so that the same
 * rates give the same digest in any database).
 */
export async function readRateDigests(db: Database): Promise<Map<string, string>> {
  const rows = await selectRows<{ table_code: string; digest: string }>(
    db,
    sql`select table_code,
               md5(string_agg(concat_ws('|', service, event_type, coalesce(prefix, '-'), price,
                                        coalesce(setup_fee::text, '-'),
                                        coalesce(increment_first::text, '-'),
                                        coalesce(increment_next::text, '-'), valid_from,
                                        coalesce(valid_to::text, '-')),
                              ';' order by service, event_type, prefix, valid_from, price))
                 as digest
        from rates group by table_code`,
  );

  return new Map(rows.map((row) => [row.table_code, row.digest]));
}
