import { sql, type SQL } from 'drizzle-orm';

/** `a.x, a.y` or `x, y`. */
export function idents(columns: readonly string[], alias?: string): SQL {
  return sql.join(
    columns.map((c) =>
      alias ? sql`${sql.identifier(alias)}.${sql.identifier(c)}` : sql.identifier(c),
    ),
    sql`, `,
  );
}

/** `(a.x, a.y)`: a row value, for comparisons of several columns at once. */
export function rowOf(columns: readonly string[], alias: string): SQL {
  return sql`(${idents(columns, alias)})`;
}

/** `a.x = b.x and a.y = b.y`. */
export function joinOn(columns: readonly string[], left: string, right: string): SQL {
  return sql.join(
    columns.map(
      (c) =>
        sql`${sql.identifier(left)}.${sql.identifier(c)} = ${sql.identifier(right)}.${sql.identifier(c)}`,
    ),
    sql` and `,
  );
}

/**
 * Keeps one row per key in a staging table: the one from the file's last line. The rule for a
 * file that holds the same key twice; returns how many rows it removed.
 */
export function keepLastPerKey(stage: string, key: readonly string[]): SQL {
  const table = sql.identifier(stage);

  return sql`
    with ranked as (
      select ctid, row_number() over (partition by ${idents(key)} order by source_line desc) as n
      from ${table}
    )
    delete from ${table} s using ranked r where s.ctid = r.ctid and r.n > 1`;
}

/**
 * Creates the customers a staging table refers to, if they are new, by id only: the name
 * comes with the inventories. The first row that named a customer is its provenance.
 */
export function ensureCustomers(stage: string): SQL {
  return sql`
    insert into customers (id, source_file_id, source_line)
    select customer_id, min(source_file_id), min(source_line)
    from ${sql.identifier(stage)} where customer_id is not null
    group by customer_id
    on conflict (id) do nothing`;
}
