import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../src/index.ts';

/** A server that sends `size` bytes to each client, in chunks of 1,000. */
let server: Server;
const size = 50_000;

beforeAll(async () => {
  server = createServer((socket) => {
    socket.on('error', () => undefined);
    for (let sent = 0; sent < size; sent += 1_000) socket.write(Buffer.alloc(1_000, 7));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
});

afterAll(async () => {
  server.close();
});

const serverPort = () => (server.address() as { port: number }).port;

/** Connects through the proxy; gives the bytes received and whether the socket closed. */
async function receive(proxy: TcpProxy, waitMs = 300) {
  const socket: Socket = connect(proxy.port, proxy.host);
  let bytes = 0;
  let closed = false;
  socket.on('data', (chunk: Buffer) => (bytes += chunk.length));
  socket.on('error', () => undefined);
  socket.on('close', () => (closed = true));
  await sleep(waitMs);
  socket.destroy();

  return { bytes, closed };
}

test('tcp proxy: forwards everything and counts it', async () => {
  const proxy = await startTcpProxy(serverPort());

  expect(await receive(proxy)).toEqual({ bytes: size, closed: false });
  expect(proxy.bytes.down).toBe(size);
  await proxy.stop();
});

test('tcp proxy: a cut at a byte offset closes the connection there, once', async () => {
  const proxy = await startTcpProxy(serverPort());
  proxy.inject({ action: 'cut', afterBytes: 12_345 });

  const struck = await receive(proxy);
  const next = await receive(proxy);

  expect(struck.closed).toBe(true);
  expect(struck.bytes).toBeLessThanOrEqual(12_345);
  expect(next).toEqual({ bytes: size, closed: false });
  await proxy.stop();
});

test('tcp proxy: a stall keeps the connection open and silent', async () => {
  const proxy = await startTcpProxy(serverPort());
  proxy.inject({ action: 'stall', afterBytes: 20_000 });

  expect(await receive(proxy)).toEqual({ bytes: 20_000, closed: false });
  await proxy.stop();
});

test('tcp proxy: an outage strikes every new connection until healed', async () => {
  const proxy = await startTcpProxy(serverPort());
  proxy.inject({ action: 'cut', afterBytes: 5_000, scope: 'until-healed' });

  const first = await receive(proxy);
  const during = await receive(proxy);
  proxy.heal();
  const after = await receive(proxy);

  expect([first.closed, during]).toEqual([true, { bytes: 0, closed: true }]);
  expect(after).toEqual({ bytes: size, closed: false });
  expect(proxy.connections).toBe(3);
  await proxy.stop();
});
