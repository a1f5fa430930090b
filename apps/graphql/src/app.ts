/**
 * The GraphQL application, as a fetch handler: Yoga with the schema, GraphiQL at `/graphql`
 * and error masking on. Only `ClientError`s (and GraphQL's own validation errors) reach a
 * client as written; anything else becomes "Unexpected error." and is logged once.
 */
import type { Database } from '@vnodrop/db';
import { silentLogger, type Logger } from '@vnodrop/log';
import { createYoga } from 'graphql-yoga';
import type { GraphContext } from './context.ts';
import { schema } from './schema.ts';
import { yogaLogger } from './yoga-logger.ts';

export const GRAPHQL_PATH = '/graphql';

/** What GraphiQL shows first: a customer page, lines, cards and their latest usage. */
export const FIRST_QUERY = `# The first customers, with their lines, SIM cards and latest usage.
query FirstCustomers {
  customers(first: 5) {
    totalCount
    nodes {
      ref
      name
      vgaLines(first: 5) { totalCount nodes { number status } }
      sims(first: 5) { totalCount nodes { iccid msisdn status } }
      mobileCdrs(first: 3) { nodes { startedAt eventType amount } }
      invoices(first: 1) { nodes { invoiceNumber amountExclTax } }
    }
  }
}
`;

export interface GraphAppOptions {
  db: Database;
  logger?: Logger;
}

export function createGraphApp({ db, logger = silentLogger }: GraphAppOptions) {
  return createYoga<Record<string, unknown>, GraphContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => ({ db }),
    maskedErrors: { isDev: false },
    logging: yogaLogger(logger),
    landingPage: false,
    graphiql: { title: 'vnodrop', defaultQuery: FIRST_QUERY },
  });
}

export type GraphApp = ReturnType<typeof createGraphApp>;
