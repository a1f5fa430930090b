import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `docs/formats.md` at the repository's root. */
export const referencePath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../docs/formats.md',
);
