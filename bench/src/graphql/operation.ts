/**
 * What an operation of the benchmark is: one question, asked of each server in its own
 * language (the product's graph, PostGraphile's graph, the floor's hand-written SQL), with
 * variables picked at random for every request, and the answer reduced to a form in which
 * the three servers' answers can be compared.
 */
import type { DatasetSize } from './dataset.ts';

export const SERVERS = ['product', 'postgraphile', 'floor'] as const;
export type ServerName = (typeof SERVERS)[number];

export type Variables = Record<string, string>;

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Operation {
  /** For `--only`: `customer-page`, `sim-month`, `usage-totals`. */
  id: string;
  name: string;
  /** Variables of one request: a customer, a card, a month. */
  pick(size: DatasetSize, random: () => number): Variables;
  request: Record<ServerName, (variables: Variables) => HttpRequest>;
  /** The answer in a canonical form, from the response's JSON body. */
  answer: Record<ServerName, (body: unknown) => unknown>;
  /** The field of the product's `Customer` the operation needs, when the graph may lack it. */
  needs?: string;
}

/** A POST of a GraphQL document and its variables to `/graphql`. */
export function graphqlRequest(query: string, variables: Variables): HttpRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  };
}

/** A GET of the floor's route with `variables` as its query string. */
export function floorRequest(route: string, variables: Variables): HttpRequest {
  return { method: 'GET', path: `/${route}?${new URLSearchParams(variables)}` };
}

/** The `data` of a GraphQL response; a response with errors fails the benchmark. */
export function dataOf(body: unknown): Record<string, unknown> {
  const response = body as { data?: Record<string, unknown>; errors?: unknown[] };

  if (response.errors?.length || !response.data) {
    throw new Error(`the server answered with errors: ${JSON.stringify(response).slice(0, 600)}`);
  }

  return response.data;
}

/** Values in one spelling whatever the server: instants in UTC ISO, decimals to 4 places. */
export const canonical = {
  instant: (value: unknown) => new Date(String(value)).toISOString(),
  decimal: (value: unknown) => (value == null ? null : Number(value).toFixed(4)),
  count: (value: unknown) => (value == null ? null : Number(value)),
};

/** A number in [1, n], uniformly. */
export function oneOf(n: number, random: () => number): number {
  return 1 + Math.floor(random() * n);
}
