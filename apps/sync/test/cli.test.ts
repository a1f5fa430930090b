import { PassThrough } from 'node:stream';
import { makeTempDir, spawnSyncCli } from '@vnodrop/testkit';
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../src/cli/progress.ts';
import { capturingLogger } from './support/log-capture.ts';

async function sync(args: string[], env: Record<string, string> = {}) {
  const child = spawnSyncCli(args, { env });
  const { code } = await child.exited;

  return { code, stdout: child.stdout(), stderr: child.stderr() };
}

describe('cli: the command line', () => {
  it('cli: --help lists the commands, the environment and the exit codes; each command has its own', async () => {
    const top = await sync(['--help']);

    expect(top.code).toBe(0);
    for (const command of ['run', 'watch', 'status', 'rerate', 'demo']) {
      expect(top.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
    }
    expect(top.stdout).toMatch(/Environment:[\s\S]*DATABASE_URL[\s\S]*Exit codes:[\s\S]*75 /);

    const helps = await Promise.all(
      ['run', 'watch', 'status', 'rerate', 'demo'].map((command) => sync([command, '--help'])),
    );
    for (const help of helps) {
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Exit codes: 0 .*64 the command line is wrong/s);
    }
    expect(helps[0]!.stdout).toContain('--json');
  });

  it('cli: a wrong command line exits 64 and says what is wrong', async () => {
    const unknown = await sync(['run', '--bogus']);
    const noSource = await sync(['run', '--database', 'pglite:memory']);

    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toMatch(/unknown option '--bogus'/);
    expect(noSource.code).toBe(64);
    expect(noSource.stderr).toMatch(/no source\. Give --source <url> or set SYNC_SOURCE/);
  });
});

describe('cli: the quick start', () => {
  it('cli: sync demo loads the whole demo drop into the embedded database, a rerun nothing; status tells', async () => {
    const database = `pglite:${await makeTempDir('vnodrop-demo-')}`;
    const env = { LOG_LEVEL: 'warn' };

    const first = await sync(['demo', '--database', database, '--json'], env);
    const again = await sync(['demo', '--database', database, '--json'], env);
    const summary = JSON.parse(first.stdout);
    const rerun = JSON.parse(again.stdout);

    expect(first.code, first.stderr).toBe(0);
    expect(summary).toMatchObject({ filesFailed: 0, filesRejected: 0, rowsRejected: 0 });
    expect(summary.filesLoaded).toBeGreaterThan(100);
    expect(summary.rowsLoaded).toBeGreaterThan(10_000);
    expect(again.code, again.stderr).toBe(0);
    expect(rerun).toMatchObject({ filesLoaded: 0, filesStored: 0, rowsLoaded: 0 });

    const status = await sync(['status', '--database', database], env);
    const families = JSON.parse((await sync(['status', '--database', database, '--json'])).stdout);
    const rated = families.find((f: { family: string }) => f.family === 'rated-mobile');

    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^family +files +loaded +rejected +failed +rows/);
    expect(status.stdout).toMatch(/^rated-mobile +\d+ +\d+ +0 +0 +\d+/m);
    expect(rated).toMatchObject({ rejected: 0, failed: 0 });
    expect(rated.rowsLoaded).toBeGreaterThan(0);
  });
});

describe('cli: progress', () => {
  const steps = Array.from({ length: 30 }, (_, done) => ({
    done,
    total: 30,
    path: `f${done}.csv`,
  }));

  /** The 30 steps reported on a stream that is, or is not, a terminal. */
  function report(terminal: { isTTY: boolean; columns?: number }) {
    const stream = Object.assign(new PassThrough(), terminal);
    let written = '';
    stream.on('data', (chunk: Buffer) => (written += String(chunk)));
    const { logger, lines } = capturingLogger();
    const progress = progressReporter(logger, stream as unknown as NodeJS.WriteStream);

    for (const step of steps) progress.update(step);
    progress.stop();

    return { written, lines };
  }

  it('cli: on a terminal, a progress bar', () => {
    const { written, lines } = report({ isTTY: true, columns: 100 });

    expect(written).toMatch(/sync \[.*\] \d+\/30 files/);
    expect(lines.filter((line) => line.msg === 'progress')).toEqual([]);
  });

  it('cli: elsewhere, a plain log line every 25 files and at the end', () => {
    const { written, lines } = report({ isTTY: false });

    expect(written).toBe('');
    expect(
      lines.filter((line) => line.msg === 'progress').map((line) => [line.done, line.total]),
    ).toEqual([
      [0, 30],
      [25, 30],
      [29, 30],
    ]);
  });
});
