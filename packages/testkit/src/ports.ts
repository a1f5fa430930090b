import { connect, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOOPBACK = '127.0.0.1';

/** Resolves when `port` on `host` can be bound, false when something already listens there. */
function canBind(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A TCP port that nothing listens on right now (the kernel picks it). */
export function freePort(host = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port was assigned'))));
    });
  });
}

export interface PortRange {
  min: number;
  max: number;
}

/** `count` consecutive free ports, for servers that want a range (FTP passive mode). */
export async function freePortRange(count: number, host = LOOPBACK): Promise<PortRange> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const min = 20_000 + Math.floor(Math.random() * (40_000 - count));
    let free = true;

    for (let port = min; port < min + count && free; port += 1) {
      free = await canBind(port, host);
    }

    if (free) {
      return { min, max: min + count - 1 };
    }
  }

  throw new Error(`no ${count} consecutive free ports found on ${host} after 50 attempts`);
}

function accepts(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface WaitForPortOptions {
  timeoutMs?: number;
  /** Stops waiting early, e.g. when the server process has exited. */
  signal?: AbortSignal;
}

/** Resolves once `host:port` accepts TCP connections. */
export async function waitForPort(
  port: number,
  host = LOOPBACK,
  options: WaitForPortOptions = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadline = Date.now() + timeoutMs;

  while (!(await accepts(port, host))) {
    options.signal?.throwIfAborted();
    if (Date.now() > deadline) {
      throw new Error(`${host}:${port} did not accept connections within ${timeoutMs}ms`);
    }
    await sleep(25);
  }
}
