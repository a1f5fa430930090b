/**
 * The HTTP server: the GraphQL application on `node:http`, with `GET /health` answering `ok`
 * and `/` leading to GraphiQL.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createGraphApp, type GraphAppOptions, GRAPHQL_PATH } from './app.ts';

export const HEALTH_PATH = '/health';

export function createServer(options: GraphAppOptions): Server {
  const app = createGraphApp(options);

  return createHttpServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];

    if (path === HEALTH_PATH) {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('ok');
      return;
    }

    if (path === '/') {
      response.writeHead(302, { location: GRAPHQL_PATH });
      response.end();
      return;
    }

    void app(request, response);
  });
}
