import { afterAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { generate, hashTree } from './support/drop.ts';

describe('determinism', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('determinism: the same seed writes the same bytes, file by file', async () => {
    const first = await generate('same-a', { seed: 42 });
    const second = await generate('same-b', { seed: 42 });
    dirs.push(first.dir, second.dir);

    const [a, b] = await Promise.all([hashTree(first.dir), hashTree(second.dir)]);
    expect([...a.keys()].sort()).toEqual(first.summary.files);
    expect(b).toEqual(a);
    expect(second.summary).toEqual(first.summary);
  });

  it('determinism: another seed writes another drop in the same layout', async () => {
    const first = await generate('seed-1', { seed: 1, customers: 8, days: 1 });
    const other = await generate('seed-2', { seed: 2, customers: 8, days: 1 });
    dirs.push(first.dir, other.dir);

    const [a, b] = await Promise.all([hashTree(first.dir), hashTree(other.dir)]);
    const account = (files: Map<string, string>): string[] =>
      [...files.keys()].filter((file) => file.startsWith('Account'));
    expect(account(b)).toEqual(account(a));
    const same = [...a].filter(([file, hash]) => b.get(file) === hash).map(([file]) => file);
    expect(same.filter((file) => /^(Account|RatedCDRs|BilledCDRs|Cartes SIM)/.test(file))).toEqual(
      [],
    );
    expect(same).toContain('Tables tarifaires/Tarifs_GRILLE-FIXE-2026_20260101.csv');
  });
});
