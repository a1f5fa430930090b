/**
 * PostGraphile v5 over the benchmark's database, as a team would set it up for the same
 * questions: the Amber preset, range filters (connection-filter) and aggregates
 * (pg-aggregates); as smart tags, the relations the schema declares without a foreign key
 * and the order of the product's SIM cards; and every request read as `vnodrop_reader`
 * under the same row-level security and settings as the product's requests.
 *
 *   DATABASE_URL=postgres://… PORT=5678 node server.js
 */
import { createServer } from 'node:http';
import process from 'node:process';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { jsonPgSmartTags } from 'postgraphile/utils';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const { DATABASE_URL, PORT } = process.env;

if (!DATABASE_URL || !PORT) {
  process.stderr.write('postgraphile peer: set DATABASE_URL and PORT.\n');
  process.exit(64);
}

const relations = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      mobile_cdrs: {
        tags: {
          foreignKey: [
            '(customer_id) references customers (id)',
            '(iccid) references sims (iccid)',
          ],
        },
      },
    },
    attribute: {
      'sims.activation_date': { tags: { behavior: ['+orderBy'] } },
    },
  },
});

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset, PgAggregatesPreset],
  plugins: [relations],
  pgServices: [
    makePgService({
      connectionString: DATABASE_URL,
      schemas: ['public'],
      pgSettings: () => ({
        role: 'vnodrop_reader',
        transaction_read_only: 'on',
        'vnodrop.all_customers': 'on',
        'vnodrop.partner': '',
        'vnodrop.sim_secrets': 'off',
        statement_timeout: '15000',
      }),
    }),
  ],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();

serv.addTo(server).then(
  () => {
    server.listen(Number(PORT), '127.0.0.1');
    process.once('SIGTERM', () => server.close(() => void pgl.release()));
  },
  (error) => {
    process.stderr.write(`postgraphile peer: ${error.stack ?? error}\n`);
    process.exit(1);
  },
);
