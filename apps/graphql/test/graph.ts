/** Runs operations against the GraphQL application in process, as a client would send them. */
import type { Database } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { createGraphApp, type GraphAppOptions } from '../src/app.ts';

export interface GraphResult<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * A client of an application serving `db`. Unless `access` says otherwise the application runs
 * with `AUTH_MODE=open` and no rate limit: requests without a credential read as the frontend
 * role.
 */
export function graphClient(
  db: Database,
  logger?: Logger,
  access: GraphAppOptions['access'] = { mode: 'open', rateLimitPerMinute: 0 },
) {
  const app = createGraphApp({ db, access, ...(logger ? { logger } : {}) });

  return async function query<TData = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphResult<TData>> {
    const response = await app.fetch('http://graph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query: document, variables }),
    });

    return (await response.json()) as GraphResult<TData>;
  };
}

/** The data of a result that must have no errors. */
export function dataOf<TData>(result: GraphResult<TData>): TData {
  if (result.errors?.length) {
    throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  }

  return result.data as TData;
}
