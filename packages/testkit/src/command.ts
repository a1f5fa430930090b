import { execFile } from 'node:child_process';

export interface CommandOptions {
  /** Written to the command's standard input. */
  input?: string;
  /** Added to the environment (a password, kept off the command line and out of errors). */
  env?: Record<string, string>;
}

/** Runs a command to completion; rejects with its stderr when it fails. */
export function runCommand(
  command: string,
  args: string[],
  options: CommandOptions = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...options.env };
    const child = execFile(command, args, { encoding: 'utf8', env }, (error, stdout, stderr) => {
      if (error) {
        const detail = stderr.trim() || error.message;
        reject(new Error(`${command} ${args.join(' ')} failed: ${detail}`, { cause: error }));
        return;
      }
      resolve(stdout);
    });

    // A command that exits without reading its input closes the pipe: not a failure of ours.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });
}

/** Root is needed to add the test user, to run sshd and vsftpd, and to run PostgreSQL. */
export function requireRoot(
  what: string,
  why = 'it adds the system user vnodrop-sftp and runs a server from /usr/sbin',
): void {
  if (process.getuid?.() === 0) return;

  throw new Error(
    `${what} needs root: ${why}. Run the tests as root (in a container or CI job), e.g. ` +
      '`sudo -E pnpm --filter @vnodrop/sync test`.',
  );
}
