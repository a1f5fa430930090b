/**
 * Lists the customers of a running server, then the first one's detail:
 *
 *   VNODROP_URL   the endpoint (default http://127.0.0.1:4000/graphql)
 *   VNODROP_KEY   an API key or a JWT; none against a server started with AUTH_MODE=open
 *   VNODROP_SEND  `persisted` (default: hashes only; register the manifest first) or `text`
 */
import { main } from './index.ts';

main().catch((error: unknown) => {
  process.stderr.write(`web-client: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
