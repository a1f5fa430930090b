/**
 * The operational endpoints beside `/graphql`: `/health` (the process is alive), `/readiness`
 * (it can serve: see `readiness.ts`) and `/metrics` (Prometheus, optionally behind a token).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Database } from '@vnodrop/db';
import type { GraphMetrics } from './metrics.ts';
import { checkReadiness, type ReadinessOptions } from './readiness.ts';

export const HEALTH_PATH = '/health';
export const READINESS_PATH = '/readiness';
export const METRICS_PATH = '/metrics';

export interface EndpointOptions {
  db: Database;
  metrics: GraphMetrics;
  readiness: ReadinessOptions;
  /** When set, `/metrics` wants `Authorization: Bearer <token>`. */
  metricsToken?: string | undefined;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/** The handler of each operational path. */
export function operationalEndpoints(options: EndpointOptions): Map<string, Handler> {
  return new Map<string, Handler>([
    [
      HEALTH_PATH,
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('ok');
      },
    ],
    [
      READINESS_PATH,
      async (_request, response) => {
        const readiness = await checkReadiness(options.db, options.readiness);

        response.writeHead(readiness.status === 'ready' ? 200 : 503, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
        });
        response.end(`${JSON.stringify(readiness, null, 2)}\n`);
      },
    ],
    [
      METRICS_PATH,
      async (request, response) => {
        if (options.metricsToken && !bearerMatches(request, options.metricsToken)) {
          response.writeHead(401, {
            'content-type': 'text/plain; charset=utf-8',
            'www-authenticate': 'Bearer realm="metrics"',
          });
          response.end('/metrics wants the METRICS_TOKEN as `Authorization: Bearer <token>`.\n');
          return;
        }

        const text = await options.metrics.scrape(options.db);

        response.writeHead(200, { 'content-type': options.metrics.contentType });
        response.end(text);
      },
    ],
  ]);
}

function bearerMatches(request: IncomingMessage, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  const given = Buffer.from(match?.[1] ?? '');
  const expected = Buffer.from(token);

  return given.length === expected.length && timingSafeEqual(given, expected);
}
