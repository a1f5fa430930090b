import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOOPBACK, waitForPort } from './ports.ts';

const OUTPUT_LIMIT = 32 * 1024;

export interface ServerProcessSpec {
  /** Shown in errors, e.g. "sshd". */
  name: string;
  command: string;
  args: string[];
  /** The port the server listens on; start resolves once it accepts connections. */
  port: number;
  host?: string;
  startTimeoutMs?: number;
  /** Printed when the binary is missing, e.g. "apt-get install openssh-server". */
  installHint: string;
  /** What `stop` sends first (default SIGTERM; PostgreSQL shuts down fast on SIGINT). */
  stopSignal?: NodeJS.Signals;
}

export interface ServerProcess {
  readonly pid: number;
  /** The last 32 KiB the server wrote to stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<number>();

process.once('exit', () => {
  for (const pid of running) {
    killTree(pid, 'SIGKILL');
  }
});

/** Pids whose parent chain leads to `pid` (forked session processes that left its group). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();

  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      continue;
    }
  }

  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = children.get(queue.shift() as number) ?? [];
    found.push(...next);
    queue.push(...next);
  }
  return found;
}

function killTree(pid: number, signal: NodeJS.Signals): void {
  for (const target of [...descendants(pid), -pid]) {
    try {
      process.kill(target, signal);
    } catch {
      continue;
    }
  }
}

/** Runs a server in the foreground, in its own process group, and waits until it listens. */
export async function startServerProcess(spec: ServerProcessSpec): Promise<ServerProcess> {
  const host = spec.host ?? LOOPBACK;
  const child = spawn(spec.command, spec.args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let started = false;
  let stopping = false;
  const exited = new AbortController();
  const exit = new Promise<string>((resolve) => {
    child.once('error', (error) => {
      resolve(`could not run ${spec.command} (${error.message}): ${spec.installHint}`);
      exited.abort();
    });
    child.once('exit', (code, signal) => {
      resolve(`${spec.name} exited (${signal ?? `code ${code}`})`);
      exited.abort();
    });
  });

  exit.then((reason) => {
    if (child.pid !== undefined) running.delete(child.pid);
    if (!stopping && started) {
      process.stderr.write(`${reason} while tests were using it:\n${output}\n`);
    }
  });

  try {
    await waitForPort(spec.port, host, {
      timeoutMs: spec.startTimeoutMs ?? 10_000,
      signal: exited.signal,
    });
  } catch (error) {
    const reason = exited.signal.aborted ? await exit : (error as Error).message;
    if (child.pid !== undefined) killTree(child.pid, 'SIGKILL');
    throw new Error(`${spec.name} did not start on ${host}:${spec.port}: ${reason}\n${output}`, {
      cause: error,
    });
  }

  started = true;
  const pid = child.pid as number;
  running.add(pid);

  return {
    pid,
    output: () => output,
    async stop() {
      if (stopping) return;
      stopping = true;
      if (exited.signal.aborted) return;

      killTree(pid, spec.stopSignal ?? 'SIGTERM');
      const done = await Promise.race([exit.then(() => true), sleep(3_000)]);
      if (done !== true) {
        killTree(pid, 'SIGKILL');
        await exit;
      }
      running.delete(pid);
    },
  };
}
