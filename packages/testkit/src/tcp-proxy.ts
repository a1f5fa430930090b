import { connect, createServer, type Socket } from 'node:net';
import { LOOPBACK } from './ports.ts';

export interface TcpProxy {
  host: string;
  port: number;
  /** Stops forwarding in both directions; sockets stay open, so peers see a silent stall. */
  stall(): void;
  stop(): Promise<void>;
}

/** Forwards a loopback port to `targetPort`, and can freeze the traffic on demand. */
export function startTcpProxy(targetPort: number, targetHost = LOOPBACK): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let stalled = false;

  const freeze = ([client, upstream]: [Socket, Socket]) => {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  };

  const server = createServer((client) => {
    const upstream = connect({ port: targetPort, host: targetHost });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);

    const close = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);

    if (stalled) freeze(pair);
    else client.pipe(upstream).pipe(client);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: LOOPBACK }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;

      resolve({
        host: LOOPBACK,
        port,
        stall() {
          stalled = true;
          pairs.forEach(freeze);
        },
        stop() {
          pairs.forEach(([client, upstream]) => {
            client.destroy();
            upstream.destroy();
          });
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}
