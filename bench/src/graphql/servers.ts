/**
 * The three servers under test, each started as its own process the way an operator would
 * start it, on a port of its own: the product's GraphQL server (`apps/graphql`,
 * `src/main.ts`), PostGraphile v5 (`bench/peers/postgraphile`, on the Node.js its folder
 * installs) and the floor (`floor-server.ts`).
 */
import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, repositoryRoot, waitForPort } from '@vnodrop/testkit';
import { timed } from '../process.ts';
import type { ServerName } from './operation.ts';

const require = createRequire(import.meta.url);
const TSX = require.resolve('tsx/cli');
const BENCH = fileURLToPath(new URL('../..', import.meta.url));
const PEER = path.join(BENCH, 'peers', 'postgraphile');
const OUTPUT_LIMIT = 16 * 1024;

export interface RunningServer {
  name: ServerName;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  stop(): Promise<void>;
}

interface Spec {
  name: ServerName;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

async function start(spec: Spec): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, NODE_ENV: 'production', ...spec.env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output = (output + String(chunk)).slice(-OUTPUT_LIMIT));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const exited = new AbortController();
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => exited.abort());

  try {
    await waitForPort(port, '127.0.0.1', { timeoutMs: 120_000, signal: exited.signal });
  } catch (error) {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
    throw new Error(`${spec.name} did not start on port ${port}:\n${output}`, { cause: error });
  }

  return {
    name: spec.name,
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, 'SIGTERM');
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** The product, open to requests without a credential and without a rate limit. */
export function startProduct(databaseUrl: string): Promise<RunningServer> {
  return start({
    name: 'product',
    command: process.execPath,
    args: [TSX, 'src/main.ts'],
    cwd: path.join(repositoryRoot, 'apps', 'graphql'),
    env: {
      DATABASE_URL: databaseUrl,
      AUTH_MODE: 'open',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'error',
    },
  });
}

/** PostGraphile, installed into its folder first when it is not yet. */
export async function startPostgraphile(databaseUrl: string): Promise<RunningServer> {
  const node = path.join(PEER, 'node_modules', '.bin', 'node');

  try {
    await access(node);
  } catch {
    process.stderr.write('installing PostGraphile into bench/peers/postgraphile (npm ci)…\n');
    await timed('npm', ['ci', '--prefix', PEER, '--no-audit', '--no-fund']);
  }

  return start({
    name: 'postgraphile',
    command: node,
    args: ['server.js'],
    cwd: PEER,
    env: { DATABASE_URL: databaseUrl },
  });
}

export function startFloor(databaseUrl: string): Promise<RunningServer> {
  return start({
    name: 'floor',
    command: process.execPath,
    args: [TSX, 'src/graphql/floor-server.ts'],
    cwd: BENCH,
    env: { DATABASE_URL: databaseUrl },
  });
}

export const STARTERS: Record<ServerName, (databaseUrl: string) => Promise<RunningServer>> = {
  product: startProduct,
  postgraphile: startPostgraphile,
  floor: startFloor,
};
