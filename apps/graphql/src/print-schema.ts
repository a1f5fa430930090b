/**
 * Writes the schema, printed from the code, to `schema.graphql` at the root of the app:
 * `pnpm --filter @vnodrop/graphql schema:print`. A test fails while the file is stale.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { schemaSdl } from './schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

await writeFile(SCHEMA_FILE, schemaSdl());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
