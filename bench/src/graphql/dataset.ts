/**
 * The benchmark's data set, generated in SQL (generate_series) into a fresh database that the
 * product's own migrations built: customers, each with the same number of VGA lines and SIM
 * cards, and rated mobile records spread over the last months, one month at a time.
 *
 * Everything is a function of a row's number, so that the load generator can name customers,
 * cards and months without asking the database. SIM card n belongs to customer
 * `(n - 1) / simsPerCustomer + 1`; one card in a hundred is busy and takes 40% of the
 * records, so that a month of it fills more than one page of 100.
 */
import type { Sql } from 'postgres';

export interface DatasetSize {
  customers: number;
  /** SIM cards, and as many VGA lines. */
  sims: number;
  /** Mobile records in all, `cdrs / months` a month. */
  cdrs: number;
  months: number;
}

/** The newest month of records, `YYYY-MM` (UTC months hold the records). */
export const NEWEST_MONTH = '2026-11';

/** One SIM card in `BUSY_EVERY` is busy: cards 1, 101, 201… */
export const BUSY_EVERY = 100;

export function customerRef(n: number): string {
  return `C${String(n).padStart(6, '0')}`;
}

/** The ICCID of card n: 18 digits and a Luhn check digit. */
export function iccidOf(n: number): string {
  const base = `893301${String(n).padStart(12, '0')}`;
  let sum = 0;

  for (let i = 0; i < base.length; i += 1) {
    const digit = Number(base[base.length - 1 - i]);
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }

  return `${base}${(10 - (sum % 10)) % 10}`;
}

/** The same check digit, in SQL, for the 18-digit text `base`. */
const LUHN_SQL = `(select (10 - sum(case when i % 2 = 1
    then (2 * substr(base, 19 - i, 1)::int) % 10 + (2 * substr(base, 19 - i, 1)::int) / 10
    else substr(base, 19 - i, 1)::int end) % 10) % 10
  from generate_series(1, 18) i)`;

/** `YYYY-MM` of the month `back` months before the newest. */
export function monthBefore(back: number): string {
  const [year, month] = NEWEST_MONTH.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 1 - back, 1));

  return date.toISOString().slice(0, 7);
}

/** Customers, lines, SIM cards and the ledger entries their rows point to. */
export async function generateInventory(sql: Sql, size: DatasetSize): Promise<void> {
  const perCustomer = Math.floor(size.sims / size.customers);

  if (perCustomer < 1) {
    throw new Error(`--sims (${size.sims}) must be at least --customers (${size.customers}).`);
  }

  await sql`insert into source_files (path, folder, name, family, size, status, period)
    select 'RatedCDRs/MOBILE/' || m || '.csv', 'RatedCDRs/MOBILE', m || '.csv',
      'rated-mobile', 0, 'loaded'::file_status, m
    from unnest(${Array.from({ length: size.months }, (_, i) => monthBefore(i))}::text[]) m
    union all
    select 'AccountStatus/snapshot.csv', 'AccountStatus', 'snapshot.csv', 'sim-status', 0,
      'loaded'::file_status, null`;
  const [snapshot] = await sql<{ id: number }[]>`select id from source_files
    where path = 'AccountStatus/snapshot.csv'`;
  const file = snapshot!.id;

  await sql`insert into customers (id, name, source_file_id, source_line)
    select 'C' || lpad(c::text, 6, '0'), 'Customer ' || c, ${file}, c
    from generate_series(1, ${size.customers}) c`;

  await sql.unsafe(
    `insert into sims (customer_id, iccid, msisdn, msisdn_raw, imsi, status, activation_date,
       offer, first_seen_at, last_reported_at, snapshot_at, source_file_id, source_line)
     select 'C' || lpad(((n - 1) / $1 + 1)::text, 6, '0'), base || ${LUHN_SQL},
       '+336' || lpad(n::text, 8, '0'), '06' || lpad(n::text, 8, '0'),
       '20801' || lpad(n::text, 10, '0'), 'ACTIVE', date '2024-01-01' + (n % 700),
       'MOBILE-' || (n % 5), now(), now(), now(), $2, n
     from generate_series(1, $3::int) n,
       lateral (select '893301' || lpad(n::text, 12, '0') as base) b`,
    [perCustomer, file, perCustomer * size.customers],
  );

  await sql`insert into vga_lines (customer_id, number, number_raw, status, activation_date,
      offer, city, first_seen_at, last_reported_at, snapshot_at, source_file_id, source_line)
    select 'C' || lpad(((n - 1) / ${perCustomer} + 1)::text, 6, '0'),
      '+331' || lpad(n::text, 8, '0'), '01' || lpad(n::text, 8, '0'), 'ACTIVE',
      date '2023-01-01' + (n % 900), 'VGA-' || (n % 3), 'Paris', now(), now(), now(),
      ${file}, n
    from generate_series(1, ${perCustomer * size.customers}) n`;
}

/** Creates the monthly partitions of every month the records will cover. */
export async function createPartitions(sql: Sql, months: number): Promise<void> {
  await sql`select ensure_month_partitions('mobile_cdrs'::regclass,
    ${`${monthBefore(months - 1)}-01T00:00:00Z`}::timestamptz,
    ${`${NEWEST_MONTH}-01T00:00:00Z`}::timestamptz)`;
}

/**
 * The records of the month `back` months before the newest: `perMonth` of them, numbered
 * from `back * perMonth + 1`, spread evenly over the month's seconds.
 */
export async function generateMonth(sql: Sql, size: DatasetSize, back: number): Promise<number> {
  const perMonth = Math.floor(size.cdrs / size.months);
  const cards = Math.floor(size.sims / size.customers) * size.customers;
  const month = monthBefore(back);
  const [file] = await sql<{ id: number }[]>`select id from source_files where period = ${month}`;

  await sql`insert into mobile_cdrs (customer_id, cdr_id, started_at, msisdn, msisdn_raw, iccid,
      event_type, direction, called_number, called_number_raw, called_is_phone, duration_s,
      volume, roaming, destination, zone, unit_price, amount, tariff_code, source_file_id,
      source_line)
    select s.customer_id, 'R' || lpad(g::text, 10, '0'),
      m.start + ((g::bigint * 104729) % m.seconds) * interval '1 second',
      s.msisdn, s.msisdn_raw, s.iccid, k.event_type::event_type,
      case when g % 7 = 0 then 'IN' else 'OUT' end::direction,
      case when k.event_type in ('VOICE', 'SMS') then '+337' || lpad((g % 99999999)::text, 8, '0') end,
      case when k.event_type in ('VOICE', 'SMS') then '07' || lpad((g % 99999999)::text, 8, '0') end,
      k.event_type in ('VOICE', 'SMS'),
      case when k.event_type = 'VOICE' then 5 + g % 900 end,
      case when k.event_type = 'DATA' then g % 80000 when k.event_type = 'VOICE' then null
        else 1 end,
      false, 'France', 'FR', 0.0150, round((g % 997) / 1000.0, 4), 'T-' || (g % 4),
      ${file!.id}, g - ${back * perMonth}
    from generate_series(${back * perMonth + 1}::bigint, ${(back + 1) * perMonth}::bigint) g
    cross join lateral (select case when (g / 10) % 5 < 2
        then 1 + ${BUSY_EVERY} * (abs(hashint8(g)) % ${Math.max(1, Math.floor(cards / BUSY_EVERY))})
        else 1 + abs(hashint8(-g)) % ${cards} end as card) c
    join sims s on s.source_line = c.card
    cross join (select ${`${month}-01T00:00:00Z`}::timestamptz as start,
      extract(epoch from (${`${month}-01T00:00:00Z`}::timestamptz + interval '1 month'
        - ${`${month}-01T00:00:00Z`}::timestamptz))::bigint as seconds) m
    cross join lateral (select (array['DATA', 'DATA', 'DATA', 'DATA', 'DATA', 'VOICE', 'VOICE',
        'VOICE', 'SMS', 'MMS'])[1 + g % 10] as event_type) k`;

  return perMonth;
}
