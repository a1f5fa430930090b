/** Runs the app's entry points as separate processes, as an operator would. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const TSX = require.resolve('tsx/cli');
const APP_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

/** `tsx <script> <args…>` in `cwd`, with `env` added to the environment, run to its end. */
function runScript(cwd: string, script: string, args: string[], env: Record<string, string>) {
  return new Promise<Exit>((resolve) => {
    execFile(
      process.execPath,
      [TSX, script, ...args],
      { cwd, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** `pnpm keys …`, with `env` added to the environment. */
export function runKeysCli(args: string[], env: Record<string, string>): Promise<Exit> {
  return runScript(APP_DIR, 'src/cli/keys.ts', args, env);
}

/** The server's entry with arguments that end it (`--help`, a wrong setting). */
export function runServerCli(args: string[], env: Record<string, string>): Promise<Exit> {
  return runScript(APP_DIR, 'src/main.ts', args, { VITEST: '', ...env });
}

export interface ServerProcess {
  child: ChildProcess;
  stderr: () => string;
  stop: () => Promise<void>;
}

/** Starts `src/main.ts` and resolves once it listens. */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [TSX, 'src/main.ts'], {
    cwd: APP_DIR,
    env: { ...process.env, VITEST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += String(chunk)));

  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += String(chunk);
      if (stdout.includes('GraphiQL:')) resolve({ child, stderr: () => stderr, stop });
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${stderr}`)));
  });
}

const EXAMPLE_CLIENT_DIR = fileURLToPath(new URL('../../../examples/web-client', import.meta.url));

/** The example web client (`examples/web-client`), run as a frontend developer runs it. */
export function runExampleClient(env: Record<string, string>): Promise<Exit> {
  return runScript(EXAMPLE_CLIENT_DIR, 'src/main.ts', [], env);
}
