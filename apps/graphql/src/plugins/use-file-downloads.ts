/**
 * `GET /files/<id>`: a kept file of the drop (an invoice PDF, a document), for a caller that
 * may read it, with the credential it sends to the graph (API key, JWT, or none under
 * `AUTH_MODE=open`). Which files that is, PostgreSQL decides, as for the graph: the file is
 * read in a read-only transaction under the caller's row-level security scope, so a partner
 * gets only the files of its customers; any other id is a 404, whether it exists or not.
 */
import { storedFiles, withReadScope, type Database } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { eq } from 'drizzle-orm';
import type { Plugin } from 'graphql-yoga';
import { AccessError } from '../access/access-errors.ts';
import type { Authenticator } from '../access/authenticate.ts';
import { readScopeOf } from '../access/principal.ts';
import type { RateLimiter } from '../access/rate-limit.ts';
import type { Limits } from '../access/settings.ts';
import { fileIdOf } from '../files/file-path.ts';
import { attachment } from '../files/content-disposition.ts';

export interface FileDownloadOptions {
  db: Database;
  authenticate: Authenticator;
  rateLimit: RateLimiter;
  limits: Limits;
  logger: Logger;
}

type Fetch = { Response: typeof Response };

export function useFileDownloads(options: FileDownloadOptions): Plugin {
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      const id = fileIdOf(url.pathname);
      if (id === null) return;

      return download(options, request, id, fetchAPI).then(endResponse);
    },
  };
}

async function download(
  { db, authenticate, rateLimit, limits, logger }: FileDownloadOptions,
  request: Request,
  id: number,
  fetchAPI: Fetch,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return failure(fetchAPI, 405, 'METHOD_NOT_ALLOWED', 'Files are read with GET (or HEAD).', {
      allow: 'GET, HEAD',
    });
  }

  try {
    const principal = await authenticate(request);
    await rateLimit(principal);

    const scope = readScopeOf(principal, limits.statementTimeoutMs);
    const [file] = await withReadScope(db, scope, (tx) =>
      tx
        .select({
          name: storedFiles.name,
          contentType: storedFiles.contentType,
          sha256: storedFiles.sha256,
          content: storedFiles.content,
        })
        .from(storedFiles)
        .where(eq(storedFiles.id, id))
        .limit(1),
    );

    if (!file) {
      return failure(
        fetchAPI,
        404,
        'NOT_FOUND',
        `No file ${id} that this credential may read. Take the URL from \`Document.url\` or ` +
          '`Invoice.fileUrl`, with the same credential.',
      );
    }

    logger.debug({ subject: principal.subject, file: id }, 'file downloaded');
    const etag = `"${file.sha256}"`;
    const headers = {
      'content-type': file.contentType ?? 'application/octet-stream',
      'content-disposition': attachment(file.name),
      etag,
      'cache-control': 'private, no-cache',
    };

    if (request.headers.get('if-none-match') === etag) {
      return new fetchAPI.Response(null, { status: 304, headers });
    }

    const body = new Uint8Array(file.content);
    return new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...headers, 'content-length': String(body.byteLength) },
    });
  } catch (error) {
    if (error instanceof AccessError) {
      const http = error.extensions.http as { headers?: Record<string, string> } | undefined;
      const code = String(error.extensions.code);

      return failure(fetchAPI, error.status, code, error.message, http?.headers ?? {});
    }

    logger.error({ err: error, file: id }, 'a file could not be read');
    return failure(fetchAPI, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
  }
}

/** An error as GraphQL answers one: `{ errors: [{ message, extensions: { code } }] }`. */
function failure(
  fetchAPI: Fetch,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
