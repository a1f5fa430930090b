import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../src/access/settings.ts';
import { loadServerConfig, SERVER_EXIT, SETTING_NAMES } from '../src/config/index.ts';
import { runServerCli } from './run-process.ts';

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));

async function configFile(settings: unknown): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'vnodrop-config-')), 'vnodrop.json');
  await writeFile(file, JSON.stringify(settings));
  return file;
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );

  expect(error).toBeInstanceOf(SettingsError);
  return (error as SettingsError).message.split('\n');
}

describe('config: the server settings', () => {
  it('config: defaults apply when nothing is set', async () => {
    const config = await loadServerConfig({ env: {} });

    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: expect.stringMatching(/^pglite:.*\.data\/pglite$/),
      logLevel: undefined,
      access: { mode: 'required', rateLimitPerMinute: 600, limits: { maxDepth: 12 } },
      readiness: { feeds: 'fail' },
      metricsToken: undefined,
    });
  });

  it('config: a bad setting is named, with what was expected and what was found', async () => {
    expect(await problemsOf(loadServerConfig({ env: { PORT: 'abc' } }))).toEqual([
      'PORT: expected an integer between 1 and 65535, got "abc"',
    ]);
    expect(
      await problemsOf(
        loadServerConfig({
          env: { PORT: '0', LOG_LEVEL: 'loud', GRAPHQL_MAX_DEPTH: '-1', AUTH_MODE: 'open' },
        }),
      ),
    ).toEqual([
      'PORT: expected an integer between 1 and 65535, got "0"',
      'LOG_LEVEL: expected one of "trace", "debug", "info", "warn", "error", "fatal", "silent", got "loud"',
      'GRAPHQL_MAX_DEPTH: expected a whole number (0 or more), got "-1"',
    ]);
  });

  it('config: a file holds the same settings, the environment wins, and its mistakes name it', async () => {
    const file = await configFile({
      $schema: 'ignored',
      PORT: 4100,
      AUTH_MODE: 'open',
      RATE_LIMIT_PER_MINUTE: 30,
    });
    const config = await loadServerConfig({ env: { PORT: '4200', VNODROP_CONFIG: file } });

    expect(config).toMatchObject({
      port: 4200,
      file,
      access: { mode: 'open', rateLimitPerMinute: 30 },
    });

    const wrong = await configFile({ PORT: 70000, PROT: 1, METRICS_TOKEN: '' });
    expect(await problemsOf(loadServerConfig({ env: {}, file: wrong }))).toEqual([
      expect.stringMatching(
        /^PROT: not a setting \(in .*vnodrop\.json\); the settings are DATABASE_URL, .*PORT, HOST/,
      ),
      `PORT: expected an integer between 1 and 65535, got 70000 (in ${wrong})`,
      `METRICS_TOKEN: expected a non-empty text, got a value (not shown: it is a secret) (in ${wrong})`,
    ]);
    expect(await problemsOf(loadServerConfig({ env: {}, file: '/nowhere/vnodrop.json' }))).toEqual([
      '--config: cannot read "/nowhere/vnodrop.json" (ENOENT)',
    ]);
  });

  it('config: files the settings name must be readable', async () => {
    expect(
      await problemsOf(loadServerConfig({ env: { JWT_SECRET_FILE: '/nowhere/secret' } })),
    ).toEqual(['JWT_SECRET_FILE: cannot read "/nowhere/secret" (ENOENT)']);

    const secret = await configFile('not a key set');
    expect(await problemsOf(loadServerConfig({ env: { JWT_JWKS_FILE: secret } }))).toEqual([
      `JWT_JWKS_FILE: "${secret}" is not a JSON Web Key Set ({"keys": […]})`,
    ]);
  });

  it('config: the README documents every setting in its configuration table', async () => {
    const readme = await readFile(README, 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'));

    for (const name of SETTING_NAMES) {
      expect(table, `README: ${name} is missing from the configuration table`).toMatch(
        new RegExp(`\\|[^\\n]*\`${name}\`[^\\n]*\\|`),
      );
    }
  });
});

describe('config: the server command line', () => {
  it('config: --help lists every setting and the exit codes', async () => {
    const help = await runServerCli(['--help'], {});

    expect(help.code).toBe(0);
    for (const name of SETTING_NAMES) expect(help.stdout).toContain(name);
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}64 .*\n {2}78 /);
  });

  it('config: a wrong setting stops the start with 78 and names it; a wrong flag is 64', async () => {
    const bad = await runServerCli([], { PORT: 'abc' });

    expect(bad.code).toBe(SERVER_EXIT.config);
    expect(bad.stderr).toBe('graphql: PORT: expected an integer between 1 and 65535, got "abc"\n');

    const flag = await runServerCli(['--port', '1'], {});
    expect(flag.code).toBe(SERVER_EXIT.usage);
    expect(flag.stderr).toMatch(/Unknown option '--port'[\s\S]*usage: graphql/);
  });
});
