/**
 * The GraphQL application, as a fetch handler: Yoga with the schema, GraphiQL at `/graphql`
 * and error masking on. Only `ClientError`s (and GraphQL's own validation errors) reach a
 * client as written; anything else becomes "Unexpected error." and is logged once.
 *
 * A request goes through, in order: authentication and the rate limit (`use-access`), the
 * persisted operation it names (`use-persisted`), the size, batch, alias and introspection
 * limits, then depth and cost; only then does it open its read-scoped transaction
 * (`use-read-scope`). Subscriptions pass the same checks and read each event in a
 * transaction of their own (`use-subscription-scope`). `GET /files/<id>` serves the drop's kept
 * files to the same credentials, under the same read scope (`use-file-downloads`).
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Database } from '@vnodrop/db';
import { silentLogger, type Logger } from '@vnodrop/log';
import { createYoga } from 'graphql-yoga';
import { createAuthenticator } from './access/authenticate.ts';
import { createJwtVerifier } from './access/jwt.ts';
import { createOperationLookup } from './access/persisted-operations.ts';
import { createRateLimiter } from './access/rate-limit.ts';
import { DEFAULT_ACCESS, type AccessSettings } from './access/settings.ts';
import type { GraphContext } from './context.ts';
import { AuthenticationError } from './access/access-errors.ts';
import type { GraphMetrics } from './observability/metrics.ts';
import { useObservability } from './observability/use-observability.ts';
import { useAccess, type Principals } from './plugins/use-access.ts';
import { useFileDownloads } from './plugins/use-file-downloads.ts';
import { useLimits } from './plugins/use-limits.ts';
import { EXTRA_PARAMS, usePersisted } from './plugins/use-persisted.ts';
import { useReadScope } from './plugins/use-read-scope.ts';
import { useSubscriptionScope } from './plugins/use-subscription-scope.ts';
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
  /** Who may call, and the limits; default: credentials required, default limits. */
  access?: Partial<AccessSettings>;
  /** Where operations are counted and timed, by name; none by default. */
  metrics?: GraphMetrics;
}

export function createGraphApp({
  db,
  logger = silentLogger,
  access = {},
  metrics,
}: GraphAppOptions) {
  const settings: AccessSettings = { ...DEFAULT_ACCESS, ...access };
  const { limits } = settings;
  const principals: Principals = new WeakMap();

  if (settings.mode === 'open') {
    logger.warn(
      { authMode: 'open' },
      'AUTH_MODE=open: requests without a credential read everything as the frontend role; ' +
        'for local development only',
    );
  }

  const authenticate = createAuthenticator(db, {
    mode: settings.mode,
    jwt: createJwtVerifier(settings.jwt),
  });
  const rateLimit = createRateLimiter(db, settings.rateLimitPerMinute);

  return createYoga<Record<string, unknown>, GraphContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: ({ request }) => {
      const principal = principals.get(request);

      if (!principal) {
        throw new AuthenticationError('The request was not authenticated.');
      }

      return { db, principal };
    },
    maskedErrors: { isDev: false },
    logging: yogaLogger(logger),
    landingPage: false,
    graphiql: { title: 'vnodrop', defaultQuery: FIRST_QUERY },
    // GraphiQL's page and scripts are served from this package, not from a CDN: it works
    // on a network without internet access.
    renderGraphiQL,
    batching: { limit: limits.maxBatch },
    maxRequestBodySize: limits.maxBodyBytes,
    extraParamNames: EXTRA_PARAMS,
    plugins: [
      ...(metrics ? [useObservability(metrics)] : []),
      useFileDownloads({ db, authenticate, rateLimit, limits, logger }),
      useAccess({ authenticate, rateLimit, principals }),
      usePersisted(createOperationLookup(db), principals),
      useLimits(limits, principals),
      useReadScope({ db, limits, logger }),
      useSubscriptionScope({ db, limits, logger }),
    ],
  });
}

export type GraphApp = ReturnType<typeof createGraphApp>;
