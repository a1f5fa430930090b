import { spawn } from 'node:child_process';

export interface Timed {
  seconds: number;
  stdout: string;
  /** Peak resident memory of the process, in MiB, from GNU time. */
  peakMiB: number;
}

/**
 * Runs a command to completion under GNU time and reports its wall time and peak memory.
 * Standard error passes through; standard output is returned.
 */
export function timed(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', 'maxrss_kib=%M', command, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));

    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = /maxrss_kib=(\d+)/.exec(stderr);
      if (code !== 0 && code !== 2) {
        reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr.slice(-4000)}`));
        return;
      }
      resolve({ seconds, stdout, peakMiB: rss ? Number(rss[1]) / 1024 : NaN });
    });
  });
}
