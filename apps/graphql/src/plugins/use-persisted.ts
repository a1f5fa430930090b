/**
 * Persisted operations, by hash: `extensions.persistedQuery.sha256Hash` (Apollo's form) or
 * `documentId` (GraphQL over HTTP's), in a POST body, a batch, or the query string of a GET.
 * A partner may send nothing else, and only operations registered for it or for everyone.
 */
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { OperationLookup } from '../access/persisted-operations.ts';
import type { Principals } from './use-access.ts';

/** `documentId` is not one of the parameters Yoga knows: it is let through for this plugin. */
export const EXTRA_PARAMS = ['documentId'];

function persistedOperationId(params: GraphQLParams, request: Request): string | null {
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery?.sha256Hash;

  if (typeof persisted === 'string') {
    return persisted;
  }

  const documentId = (params as { documentId?: unknown }).documentId;

  if (typeof documentId === 'string') {
    return documentId.replace(/^sha256:/, '');
  }

  if (request.method === 'GET') {
    return new URL(request.url).searchParams.get('documentId')?.replace(/^sha256:/, '') ?? null;
  }

  return null;
}

export function usePersisted(lookup: OperationLookup, principals: Principals): Plugin {
  return usePersistedOperations({
    extractPersistedOperationId: persistedOperationId,
    allowArbitraryOperations: (request) => principals.get(request)?.role !== 'partner',
    getPersistedOperation: async (hash, request) => {
      const principal = principals.get(request);
      const operation = await lookup(hash);

      if (!operation || !principal) {
        return null;
      }

      const mayRun =
        principal.role !== 'partner' ||
        operation.owner === null ||
        operation.owner === principal.partner;

      return mayRun ? operation.document : null;
    },
    customErrors: {
      notFound: {
        message: 'PersistedQueryNotFound',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
      persistedQueryOnly: {
        message:
          'This credential may only run persisted operations: send the SHA-256 of a registered ' +
          'document as `extensions.persistedQuery.sha256Hash` or `documentId`, without `query`.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } },
      },
      keyNotFound: {
        message:
          'Send a GraphQL document as `query`, or the hash of a persisted one as ' +
          '`extensions.persistedQuery.sha256Hash` or `documentId`.',
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
      },
    },
  });
}
