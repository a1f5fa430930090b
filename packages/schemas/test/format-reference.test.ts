import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatReference } from '../src/docs/format-reference.ts';
import { referencePath } from '../src/docs/reference-path.ts';

describe('docs: the formats reference', () => {
  it('docs: docs/formats.md is what the declarations say', async () => {
    const written = await readFile(referencePath, 'utf8').catch(() => '');

    expect(written, 'run `pnpm --filter @vnodrop/schemas docs` and commit docs/formats.md').toBe(
      `${formatReference()}\n`,
    );
  });
});
