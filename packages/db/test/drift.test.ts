import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

describe('migrations and schema', () => {
  it('migrations: drizzle-kit finds nothing in the schema that the migrations lack', async () => {
    const { stdout } = await promisify(execFile)(
      'pnpm',
      ['exec', 'drizzle-kit', 'generate', '--explain', '--output', 'json'],
      { cwd: packageDir },
    );

    const plan = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      status: string;
      statements?: unknown[];
    };
    expect(plan.statements ?? []).toEqual([]);
    expect(plan.status).toBe('no_changes');
  });
});
