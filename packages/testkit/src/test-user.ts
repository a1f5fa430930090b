import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { requireRoot, runCommand } from './command.ts';

/** The system user the test servers log in; it has no home and no shell. */
export const TEST_USERNAME = 'vnodrop-sftp';

const STATE_DIR = '/var/lib/vnodrop-testkit';
const PASSWORD_FILE = `${STATE_DIR}/${TEST_USERNAME}.password`;

export interface TestUser {
  username: string;
  password: string;
}

/**
 * vsftpd changes into the home directory before `local_root`, so the home must exist: it is
 * `/`. The shell is nologin: the account can do nothing on the machine's own sshd.
 */
const HOME = '/';
const SHELL = '/usr/sbin/nologin';

async function passwdEntry(): Promise<string[] | undefined> {
  const passwd = await readFile('/etc/passwd', 'utf8');
  const line = passwd.split('\n').find((entry) => entry.startsWith(`${TEST_USERNAME}:`));
  return line?.split(':');
}

async function createUser(): Promise<void> {
  const existing = await passwdEntry();
  if (existing === undefined) {
    try {
      await runCommand('useradd', ['--system', '-M', '-d', HOME, '-s', SHELL, TEST_USERNAME]);
      return;
    } catch (error) {
      if ((await passwdEntry()) === undefined) throw error;
    }
  }

  const [, , , , , home, shell] = (await passwdEntry()) ?? [];
  if (home !== HOME || shell !== SHELL) {
    await runCommand('usermod', ['-d', HOME, '-s', SHELL, TEST_USERNAME]);
  }
}

/**
 * The password is random, made once per machine and kept readable by root only, so that
 * parallel test processes agree on it and no other service on the machine accepts a known one.
 */
async function machinePassword(): Promise<string> {
  await mkdir(STATE_DIR, { recursive: true, mode: 0o700 });

  const candidate = `${PASSWORD_FILE}.${process.pid}`;
  await writeFile(candidate, randomBytes(18).toString('base64url'), { mode: 0o600 });
  try {
    await link(candidate, PASSWORD_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(candidate, { force: true });
  }

  return (await readFile(PASSWORD_FILE, 'utf8')).trim();
}

/** chpasswd takes a lock on /etc/shadow; a parallel test process may hold it for a moment. */
async function setPassword(password: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await runCommand('chpasswd', [], { input: `${TEST_USERNAME}:${password}\n` });
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      await sleep(100 * attempt);
    }
  }
}

let prepared: Promise<TestUser> | undefined;

/** Adds the test user if missing and gives it the machine's test password (once per process). */
export function ensureTestUser(): Promise<TestUser> {
  requireRoot('the test user');

  prepared ??= (async () => {
    await createUser();
    const password = await machinePassword();
    await setPassword(password);
    return { username: TEST_USERNAME, password };
  })();

  prepared.catch(() => {
    prepared = undefined;
  });
  return prepared;
}
