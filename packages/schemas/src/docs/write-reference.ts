import { writeFile } from 'node:fs/promises';
import { referencePath } from './reference-path.ts';
import { formatReference } from './format-reference.ts';

await writeFile(referencePath, `${formatReference()}\n`);
process.stdout.write(`wrote ${referencePath}\n`);
