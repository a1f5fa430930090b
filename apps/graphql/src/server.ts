/**
 * The HTTP server: the GraphQL application on `node:http`, beside `/health`, `/readiness` and
 * `/metrics`, with `/` leading to GraphiQL. Every request gets an id (the `x-request-id` it
 * came with, or a new one), sent back in its response and stamped on every log line written
 * while it runs, and one log line once answered.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { silentLogger } from '@vnodrop/log';
import { createGraphApp, type GraphAppOptions, GRAPHQL_PATH } from './app.ts';
import {
  GraphMetrics,
  HEALTH_PATH,
  operationalEndpoints,
  REQUEST_ID_HEADER,
  requestIdOf,
  requestLogger,
  withRequest,
  type ReadinessOptions,
  type RequestContext,
} from './observability/index.ts';

export { HEALTH_PATH };

export interface ServerOptions extends GraphAppOptions {
  /** What `/readiness` checks; by default a feed that stopped coming fails it. */
  readiness?: Partial<ReadinessOptions>;
  /** When set, `/metrics` wants it as a bearer token. */
  metricsToken?: string | undefined;
  metrics?: GraphMetrics;
}

/** Probes and scrapes come often: their lines are at debug level. */
const QUIET_PATHS = new Set(['/health', '/readiness', '/metrics']);

export function createServer(options: ServerOptions): Server {
  const logger = options.logger ?? silentLogger;
  const metrics = options.metrics ?? new GraphMetrics(logger);
  const app = createGraphApp({ ...options, logger: requestLogger(logger), metrics });
  const endpoints = operationalEndpoints({
    db: options.db,
    metrics,
    readiness: { feeds: 'fail', ...options.readiness },
    metricsToken: options.metricsToken,
  });

  return createHttpServer((request, response) => {
    const began = performance.now();
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]);
    const context: RequestContext = {
      requestId,
      logger: logger.child({ requestId }),
      operations: [],
      errors: [],
    };
    const route = path === GRAPHQL_PATH || endpoints.has(path) ? path : 'other';

    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    response.once('close', () => {
      const seconds = (performance.now() - began) / 1000;
      const line = {
        method: request.method,
        path,
        status: response.statusCode,
        durationMs: Math.round(seconds * 1000),
        ...(context.operations.length > 0 ? { operations: context.operations } : {}),
        ...(context.errors.length > 0 ? { errors: context.errors } : {}),
        ...(response.writableFinished ? {} : { aborted: true }),
      };

      metrics.observeHttp(request.method ?? 'GET', route, response.statusCode, seconds);
      context.logger[QUIET_PATHS.has(path) ? 'debug' : 'info'](line, 'request');
    });

    withRequest(context, () => {
      const endpoint = endpoints.get(path);

      if (endpoint) {
        Promise.resolve(endpoint(request, response)).catch((error: unknown) => {
          context.logger.error({ err: error, path }, 'the endpoint failed');
          if (!response.headersSent) response.writeHead(500);
          response.end();
        });
        return;
      }

      if (path === '/') {
        response.writeHead(302, { location: GRAPHQL_PATH });
        response.end();
        return;
      }

      void app(request, response);
    });
  });
}
