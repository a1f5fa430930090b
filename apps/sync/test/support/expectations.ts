import { sql } from 'drizzle-orm';
import type { Database } from '@vnodrop/db';
import { expect } from 'vitest';
import { selectRows } from '@vnodrop/db';
import { expected } from './fixture.ts';

async function count(db: Database, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (${query}) q`,
  );

  return row?.n ?? -1;
}

function e164(national: string): string {
  return `+33${national.slice(1)}`;
}

/** Every count and value that `drop.expected.json` says the fixture drop produces. */
export async function checkFixtureExpectations(db: Database): Promise<void> {
  const counts = {
    customers: await count(db, sql`select 1 from customers`),
    vga: await count(db, sql`select 1 from vga_lines`),
    voip: await count(db, sql`select 1 from voip_numbers`),
    xdsl: await count(db, sql`select 1 from xdsl_accesses`),
    sims: await count(db, sql`select 1 from sims`),
    mobile_cdrs: await count(db, sql`select distinct cdr_id from mobile_cdrs`),
    vga_cdrs: await count(db, sql`select distinct cdr_id from fixed_cdrs where service = 'VGA'`),
    voip_cdrs: await count(db, sql`select distinct cdr_id from fixed_cdrs where service = 'VOIP'`),
    xdsl_charges: await count(db, sql`select 1 from xdsl_charges`),
  };
  expect(counts).toEqual(expected.counts);
  expect(await count(db, sql`select 1 from invoices`)).toBe(expected.invoices);

  for (const [number, statuses] of Object.entries(expected.vga_status_changes)) {
    const history = await selectRows<{ status: string }>(
      db,
      sql`select status from status_changes
          where subject = 'vga' and subject_key = ${e164(number)} and event = 'status'
          order by observed_at`,
    );
    expect(history.map((h) => h.status)).toEqual(statuses);
  }

  const dropped = e164(expected.vga_dropped_after_second_snapshot);
  const [line] = await selectRows<{ reported: boolean }>(
    db,
    sql`select reported from vga_lines where number = ${dropped}`,
  );
  expect(line?.reported).toBe(false);
  expect(
    await count(
      db,
      sql`select 1 from status_changes where subject_key = ${dropped} and event = 'dropped'`,
    ),
  ).toBe(1);
  expect(await count(db, sql`select 1 from vga_lines where not reported`)).toBe(1);

  const barred = expected.sim_barred_from_0300;
  const [sim] = await selectRows<{ status: string }>(
    db,
    sql`select status from sims where iccid = ${barred}`,
  );
  expect(sim?.status).toBe('BARRED');
  const [change] = await selectRows<{ observed_at: string }>(
    db,
    sql`select to_char(observed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"') as observed_at
        from status_changes where subject = 'sim' and subject_key = ${barred} and status = 'BARRED'`,
  );
  expect(change?.observed_at).toBe('2026-10-25T02:00Z');

  expect(
    await count(db, sql`select 1 from mobile_cdrs where cdr_id = ${expected.mobile_duplicate_cdr}`),
  ).toBe(1);

  for (const cdr of expected.dst_cdrs) {
    const [row] = await selectRows<{ utc: string; ambiguous: boolean }>(
      db,
      sql`select to_char(started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as utc,
                 time_ambiguous as ambiguous
          from mobile_cdrs where cdr_id = ${cdr.cdrId}`,
    );
    expect(row).toEqual({ utc: cdr.utc, ambiguous: cdr.ambiguous });
  }

  const [secret] = await selectRows<{ puk1: string }>(
    db,
    sql`select puk1 from sim_secrets where iccid = ${expected.puk_sample.iccid}`,
  );
  expect(secret?.puk1).toBe(expected.puk_sample.puk1);

  const [invoice] = await selectRows<{ amount: string }>(
    db,
    sql`select amount_excl_tax::text as amount from invoices
        where invoice_number = ${expected.invoice_total_differs.invoice}`,
  );
  expect(invoice?.amount).toBe(expected.invoice_total_differs.summary);

  await checkCustomerSample(db);
}

async function checkCustomerSample(db: Database): Promise<void> {
  const sample = expected.customer_sample;
  const id = sample.customerId;
  const list = async (query: ReturnType<typeof sql>) =>
    (await selectRows<{ v: string }>(db, query)).map((r) => r.v);

  const [customer] = await selectRows<{ name: string }>(
    db,
    sql`select name from customers where id = ${id}`,
  );
  expect(customer?.name).toBe(sample.name);
  expect(
    await list(sql`select number as v from vga_lines where customer_id = ${id} order by 1`),
  ).toEqual(sample.vgaLines.map(e164).sort());
  expect(
    await list(sql`select number as v from voip_numbers where customer_id = ${id} order by 1`),
  ).toEqual(sample.voipNumbers.map(e164).sort());
  expect(
    await list(sql`select access_ref as v from xdsl_accesses where customer_id = ${id} order by 1`),
  ).toEqual([...sample.xdslAccesses].sort());
  expect(await list(sql`select iccid as v from sims where customer_id = ${id} order by 1`)).toEqual(
    [...sample.simIccids].sort(),
  );
  expect(await count(db, sql`select 1 from mobile_cdrs where customer_id = ${id}`)).toBe(
    sample.ratedMobileCdrs,
  );
  expect(
    await count(db, sql`select 1 from fixed_cdrs where customer_id = ${id} and service = 'VGA'`),
  ).toBe(sample.ratedVgaCdrs);
  expect(
    await list(sql`select invoice_number as v from invoices where customer_id = ${id} order by 1`),
  ).toEqual(sample.invoices);
  expect(
    await count(
      db,
      sql`select 1 from invoices where customer_id = ${id} and pdf_file_id is not null`,
    ),
  ).toBe(sample.invoices.length);
}
