/**
 * Counts the SQL statements a server sends, whatever its driver: a TCP proxy in front of
 * PostgreSQL that reads the client's side of the wire protocol. A simple query (`Q`) is one
 * statement; in the extended protocol each `Execute` is one, with the text of the statement
 * its portal was bound to (`Parse`, then `Bind`) and its text parameters. Without
 * pg_stat_statements (which needs a server restart) this is the count that does not depend
 * on trusting the server under test.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface WireStatement {
  text: string;
  /** Text parameters; null for SQL NULL, `<binary>` for a value sent in binary. */
  params: (string | null)[];
}

export interface WireCounter {
  /** The URL to give a server instead of `databaseUrl`. */
  url: string;
  /** The statements sent since the last call, oldest first. */
  take(): WireStatement[];
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/** Reads the frontend messages of one connection as they stream. */
class FrontendReader {
  private buffer = Buffer.alloc(0);
  private started = false;
  private readonly statements = new Map<string, string>();
  private readonly portals = new Map<string, WireStatement>();

  constructor(private readonly record: (statement: WireStatement) => void) {}

  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);

    for (;;) {
      const typed = this.started ? 1 : 0;

      if (this.buffer.length < typed + 4) return;
      const length = this.buffer.readInt32BE(typed);
      if (this.buffer.length < typed + length) return;

      const type = typed ? String.fromCharCode(this.buffer[0]!) : '';
      const body = this.buffer.subarray(typed + 4, typed + length);
      this.buffer = this.buffer.subarray(typed + length);

      if (!this.started) {
        const code = body.readInt32BE(0);
        this.started = code !== SSL_REQUEST && code !== GSS_REQUEST;
      } else {
        this.message(type, body);
      }
    }
  }

  private message(type: string, body: Buffer): void {
    if (type === 'Q') {
      this.record({ text: cstring(body, 0).value, params: [] });
    } else if (type === 'P') {
      const name = cstring(body, 0);
      this.statements.set(name.value, cstring(body, name.next).value);
    } else if (type === 'B') {
      const portal = cstring(body, 0);
      const statement = cstring(body, portal.next);
      this.portals.set(portal.value, {
        text: this.statements.get(statement.value) ?? '',
        params: bindParameters(body, statement.next),
      });
    } else if (type === 'E') {
      const portal = this.portals.get(cstring(body, 0).value);
      this.record(portal ?? { text: '', params: [] });
    }
  }
}

function cstring(buffer: Buffer, from: number): { value: string; next: number } {
  const end = buffer.indexOf(0, from);

  return { value: buffer.toString('utf8', from, end), next: end + 1 };
}

function bindParameters(body: Buffer, from: number): (string | null)[] {
  let at = from;
  const formatCount = body.readInt16BE(at);
  const formats = Array.from({ length: formatCount }, (_, i) => body.readInt16BE(at + 2 + 2 * i));
  at += 2 + 2 * formatCount;

  const count = body.readInt16BE(at);
  at += 2;
  const params: (string | null)[] = [];

  for (let i = 0; i < count; i += 1) {
    const length = body.readInt32BE(at);
    at += 4;
    const binary = (formats.length === 1 ? formats[0] : formats[i]) === 1;

    if (length < 0) {
      params.push(null);
    } else {
      params.push(binary ? '<binary>' : body.toString('utf8', at, at + length));
      at += length;
    }
  }

  return params;
}

/** Starts the proxy on a free loopback port, in front of the server of `databaseUrl`. */
export async function startWireCounter(databaseUrl: string): Promise<WireCounter> {
  const target = new URL(databaseUrl);
  let seen: WireStatement[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    const reader = new FrontendReader((statement) => seen.push(statement));
    sockets.add(client).add(upstream);

    client.on('data', (chunk: Buffer) => {
      reader.push(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);

    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(typeof address === 'object' && address ? address.port : 0);

  return {
    url: url.href,
    take: () => {
      const taken = seen;
      seen = [];

      return taken;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** What a statement does: open or close a transaction, set the request's scope, or read. */
export function statementKind(text: string): 'transaction' | 'scope' | 'read' {
  if (/^\s*(begin|start transaction|commit|rollback|end|savepoint|release)\b/i.test(text)) {
    return 'transaction';
  }

  return /^\s*select\s+set_config\(/i.test(text) ? 'scope' : 'read';
}
