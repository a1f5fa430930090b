import { execFile } from 'node:child_process';

export interface CommandOptions {
  /** Written to the command's standard input. */
  input?: string;
}

/** Runs a command to completion; rejects with its stderr when it fails. */
export function runCommand(
  command: string,
  args: string[],
  options: CommandOptions = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) {
        const detail = stderr.trim() || error.message;
        reject(new Error(`${command} ${args.join(' ')} failed: ${detail}`, { cause: error }));
        return;
      }
      resolve(stdout);
    });

    child.stdin?.end(options.input ?? '');
  });
}

/** Root is needed to add the test user and to run sshd and vsftpd. */
export function requireRoot(what: string): void {
  if (process.getuid?.() === 0) return;

  throw new Error(
    `${what} needs root: it adds the system user vnodrop-sftp and runs a server from ` +
      '/usr/sbin. Run the tests as root (in a container or CI job), e.g. ' +
      '`sudo -E pnpm --filter @vnodrop/sync test`.',
  );
}
