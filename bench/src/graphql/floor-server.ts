/**
 * The floor: the benchmark's three questions answered by hand-written SQL through postgres.js,
 * one statement each, the JSON built by PostgreSQL, over plain HTTP. No GraphQL, no
 * transaction, no row-level security: what the answers cost at the least.
 *
 *   DATABASE_URL=postgres://… PORT=5679 tsx src/graphql/floor-server.ts
 */
import { createServer, type ServerResponse } from 'node:http';
import postgres from 'postgres';

const { DATABASE_URL, PORT } = process.env;

if (!DATABASE_URL || !PORT) {
  process.stderr.write('floor server: set DATABASE_URL and PORT.\n');
  process.exit(64);
}

const sql = postgres(DATABASE_URL, { max: 10 });

type Query = URLSearchParams;

const ROUTES: Record<string, (query: Query) => Promise<{ body: string | null }[]>> = {
  '/customer-page': (query) => sql`select json_build_object(
      'ref', c.id, 'name', c.name,
      'lines', json_build_object(
        'totalCount', (select count(*) from vga_lines where customer_id = c.id),
        'nodes', (select coalesce(json_agg(l), '[]') from (
          select number, status, activation_date as "activationDate" from vga_lines
          where customer_id = c.id order by number limit 50) l)),
      'sims', json_build_object(
        'totalCount', (select count(*) from sims where customer_id = c.id),
        'nodes', (select coalesce(json_agg(s), '[]') from (
          select iccid, msisdn, status, activation_date as "activationDate" from sims
          where customer_id = c.id order by activation_date desc nulls last limit 50) s)),
      'cdrs', json_build_object('nodes', (select coalesce(json_agg(r), '[]') from (
          select cdr_id as "cdrId", started_at as "startedAt", event_type as "eventType",
            duration_s as "durationSeconds", volume, amount
          from mobile_cdrs where customer_id = c.id order by started_at desc limit 20) r))
    )::text as body
    from customers c where c.id = ${query.get('ref')}`,

  '/sim-month': (query) => sql`select json_build_object(
      'iccid', s.iccid, 'msisdn', s.msisdn,
      'cdrs', json_build_object(
        'pageInfo', json_build_object('hasNextPage', count(r.*) > 100),
        'nodes', coalesce(json_agg(r order by r.n) filter (where r.n <= 100), '[]'))
    )::text as body
    from sims s
    left join lateral (select row_number() over (order by started_at desc) as n,
        cdr_id as "cdrId", started_at as "startedAt", event_type as "eventType", direction,
        called_number as "calledNumber", duration_s as "durationSeconds", volume, amount
      from mobile_cdrs
      where iccid = s.iccid and started_at >= ${query.get('from')}::timestamptz
        and started_at < ${query.get('to')}::timestamptz
      order by started_at desc limit 101) r on true
    where s.iccid = ${query.get('iccid')}
    group by s.iccid, s.msisdn`,

  '/usage-totals': (query) => sql`select coalesce(json_agg(t order by t."eventType"), '[]')::text
      as body
    from (select event_type as "eventType", count(*) as records,
        coalesce(sum(duration_s) filter (where event_type = 'VOICE'), 0) as seconds,
        coalesce(sum(volume) filter (where event_type = 'DATA'), 0) as kilobytes,
        coalesce(sum(coalesce(volume, 1)) filter (where event_type in ('SMS', 'MMS')), 0)
          as messages,
        sum(amount) as "ratedAmount"
      from mobile_cdrs
      where customer_id = ${query.get('ref')} and started_at >= ${query.get('from')}::timestamptz
        and started_at < ${query.get('to')}::timestamptz
      group by event_type) t`,
};

function send(response: ServerResponse, status: number, body: string) {
  response.writeHead(status, { 'content-type': 'application/json' }).end(body);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://floor');
  const route = ROUTES[url.pathname];

  if (!route) {
    send(response, 404, JSON.stringify({ error: `no route ${url.pathname}` }));
    return;
  }

  route(url.searchParams).then(
    ([row]) => send(response, row?.body ? 200 : 404, row?.body ?? 'null'),
    (error: Error) => send(response, 500, JSON.stringify({ error: error.message })),
  );
});

server.listen(Number(PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => void sql.end()));
