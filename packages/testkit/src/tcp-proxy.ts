import { connect, createServer, type Socket } from 'node:net';
import { LOOPBACK } from './ports.ts';

/** A network fault, struck when the traffic from the target reaches a byte offset. */
export interface TcpFault {
  /** `cut` closes the connection at once; `stall` stops forwarding and keeps it open. */
  action: 'cut' | 'stall';
  /** Bytes forwarded from the target to clients, all connections together, from now on. */
  afterBytes: number;
  /**
   * `once` strikes the connection carrying that byte and no other (a glitch); `until-healed`
   * also strikes every connection opened afterwards, at once, until `heal()` (an outage).
   */
  scope?: 'once' | 'until-healed';
}

export interface TcpProxy {
  host: string;
  port: number;
  /** Bytes forwarded so far: `down` from the target to clients, `up` the other way. */
  readonly bytes: { readonly down: number; readonly up: number };
  /** Connections accepted so far. */
  readonly connections: number;
  /** Stops forwarding in both directions; sockets stay open, so peers see a silent stall. */
  stall(): void;
  /** Arms a fault; it replaces any fault armed before. */
  inject(fault: TcpFault): void;
  /** Disarms the fault: connections opened from now on are forwarded faithfully. */
  heal(): void;
  stop(): Promise<void>;
}

type Pair = [client: Socket, upstream: Socket];

interface Armed extends TcpFault {
  /** `bytes.down` when the fault was armed. */
  start: number;
  struck: boolean;
}

/**
 * Forwards a loopback port to `targetPort`, counting the bytes, and can freeze or cut the
 * traffic on demand or at a chosen byte offset.
 */
export function startTcpProxy(targetPort: number, targetHost = LOOPBACK): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  const bytes = { down: 0, up: 0 };
  let connections = 0;
  let stalled = false;
  let fault: Armed | undefined;

  const freeze = ([client, upstream]: Pair) => {
    client.unpipe(upstream);
    client.pause();
    upstream.pause();
    upstream.removeAllListeners('data');
  };
  const cut = ([client, upstream]: Pair) => {
    client.destroy();
    upstream.destroy();
  };
  const strike = (pair: Pair) => (fault?.action === 'cut' ? cut(pair) : freeze(pair));
  const outage = () => fault?.struck === true && fault.scope === 'until-healed';

  const forward = (pair: Pair) => {
    const [client, upstream] = pair;
    client.on('data', (chunk: Buffer) => {
      bytes.up += chunk.length;
    });
    client.pipe(upstream);
    client.on('drain', () => upstream.resume());
    upstream.on('data', (chunk: Buffer) => {
      const room = fault && !fault.struck ? fault.start + fault.afterBytes - bytes.down : Infinity;
      const sent = chunk.length <= room ? chunk : chunk.subarray(0, Math.max(room, 0));

      bytes.down += sent.length;
      if (sent.length > 0 && !client.write(sent)) upstream.pause();
      if (sent === chunk) return;

      fault!.struck = true;
      strike(pair);
    });
  };

  const server = createServer((client) => {
    connections += 1;
    const upstream = connect({ port: targetPort, host: targetHost });
    const pair: Pair = [client, upstream];
    pairs.add(pair);

    const close = () => {
      cut(pair);
      pairs.delete(pair);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);

    if (stalled) freeze(pair);
    else if (outage()) strike(pair);
    else forward(pair);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: LOOPBACK }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;

      resolve({
        host: LOOPBACK,
        port,
        bytes,
        get connections() {
          return connections;
        },
        stall() {
          stalled = true;
          pairs.forEach(freeze);
        },
        inject(next) {
          fault = { scope: 'once', ...next, start: bytes.down, struck: false };
        },
        heal() {
          fault = undefined;
        },
        stop() {
          pairs.forEach(cut);
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}
