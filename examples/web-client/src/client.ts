/**
 * A typed client of the graph in a few lines, on `fetch`. A document generated with
 * `persistedDocuments` carries its hash: the client sends only that (`documentId`), never the
 * text, so it runs on a partner key, which may run registered operations only.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface ClientOptions {
  /** The server's GraphQL endpoint, `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** An API key or a JWT, sent as `Authorization: Bearer …`. */
  credential?: string;
  /**
   * `persisted` (default): send the document's hash; `text`: send the document itself (for
   * an admin or frontend credential, or a server where it is not registered yet).
   */
  send?: 'persisted' | 'text';
  fetch?: typeof fetch;
}

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

/** The errors of a response that carried any; `data` holds what did resolve. */
export class GraphQLResponseError<TData> extends Error {
  constructor(
    readonly errors: GraphQLErrorShape[],
    readonly data: TData | null | undefined,
    readonly status: number,
  ) {
    super(errors.map((error) => error.message).join('; '));
    this.name = 'GraphQLResponseError';
  }
}

type PersistedDocument = { __meta__?: { hash?: string } };

export function createClient({
  url,
  credential,
  send = 'persisted',
  fetch = globalThis.fetch,
}: ClientOptions) {
  return async function execute<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<TData> {
    const hash = (document as PersistedDocument).__meta__?.hash;
    const body =
      send === 'persisted' && hash
        ? { documentId: hash, variables }
        : { query: print(document), variables };
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      },
      body: JSON.stringify(body),
    });
    const result = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorShape[] };

    if (result.errors?.length) {
      throw new GraphQLResponseError(result.errors, result.data, response.status);
    }

    return result.data as TData;
  };
}

export type Execute = ReturnType<typeof createClient>;
