/**
 * Drives one operation against one server with autocannon: `connections` clients, each
 * sending its next request as soon as the previous one is answered, for `seconds`, every
 * request with freshly picked variables. A response that is not a 200 or that carries
 * GraphQL errors counts as a failure.
 */
import autocannon from 'autocannon';
import type { HttpRequest } from './operation.ts';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failures: number;
}

export async function drive(
  origin: string,
  next: () => HttpRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let failures = 0;

  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({ ...request, ...next() }),
        onResponse: (status, body) => {
          if (status !== 200 || body.startsWith('{"errors"') || body.includes(',"errors":')) {
            failures += 1;
          }
        },
      },
    ],
  });

  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: failures + result.errors + result.timeouts,
  };
}
