import { spawn } from 'node:child_process';
import path from 'node:path';
import { repositoryRoot } from './fixture-database.ts';

/** One JSON line of the sync's log (pino): `msg`, `level` and the line's fields. */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface SyncExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SyncProcess {
  readonly pid: number;
  /** Standard output so far (the summary). */
  stdout(): string;
  /** Standard error so far (the log, one JSON line each, and plain messages). */
  stderr(): string;
  /** The log lines so far that parse as JSON. */
  logLines(): LogLine[];
  /** Resolves with the first log line, past or future, for which `match` holds. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Sends `signal` to the process and everything it started. */
  kill(signal: NodeJS.Signals): void;
  /** Resolves when the process has exited. */
  readonly exited: Promise<SyncExit>;
}

export interface SpawnSyncOptions {
  /** Added to this process's environment (LOG_LEVEL, SYNC_*…). */
  env?: Record<string, string>;
}

const running = new Set<number>();

process.once('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    return;
  }
}

/**
 * Starts the sync's command line (`sync <args…>`) in a process of its own, which a test can
 * watch, signal or kill at any point: unlike `runSyncCli`, no package manager stands between.
 */
export function spawnSyncCli(args: string[], options: SpawnSyncOptions = {}): SyncProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: path.join(repositoryRoot, 'apps', 'sync'),
    env: { ...process.env, VITEST: '', NODE_ENV: '', ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid as number;
  running.add(pid);

  let out = '';
  let err = '';
  const lines: LogLine[] = [];
  const waiters = new Set<(line: LogLine) => void>();
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    err += text;
    const parts = (partial + text).split('\n');
    partial = parts.pop() ?? '';
    for (const part of parts) {
      const line = parseLine(part);
      if (line === undefined) continue;
      lines.push(line);
      waiters.forEach((notify) => notify(line));
    }
  });

  const exited = new Promise<SyncExit>((resolve) => {
    child.once('close', (code, signal) => {
      running.delete(pid);
      resolve({ code, signal });
    });
  });

  return {
    pid,
    stdout: () => out,
    stderr: () => err,
    logLines: () => [...lines],
    waitForLog(match, timeoutMs = 60_000) {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);

      return new Promise((resolve, reject) => {
        const done = (outcome: () => void) => {
          waiters.delete(notify);
          clearTimeout(timer);
          outcome();
        };
        const notify = (line: LogLine) => {
          if (match(line)) done(() => resolve(line));
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`no such log line within ${timeoutMs}ms:\n${err}`))),
          timeoutMs,
        );
        waiters.add(notify);
        exited.then(() => done(() => reject(new Error(`the sync exited first:\n${err}`))));
      });
    },
    kill: (signal) => killGroup(pid, signal),
    exited,
  };
}

function parseLine(text: string): LogLine | undefined {
  if (!text.startsWith('{')) return undefined;

  try {
    return JSON.parse(text) as LogLine;
  } catch {
    return undefined;
  }
}
