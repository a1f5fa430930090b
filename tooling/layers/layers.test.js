import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

async function importErrors(file, source) {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('layers: forbidden imports fail lint', () => {
  const forbidden = [
    ['packages/schemas/src/x.ts', "import { sql } from 'drizzle-orm';", 'layers/base'],
    ['packages/schemas/src/x.ts', "import postgres from 'postgres';", 'layers/base'],
    ['packages/schemas/src/x.ts', "import { GraphQLSchema } from 'graphql';", 'layers/base'],
    ['packages/schemas/src/x.ts', "import Client from 'ssh2-sftp-client';", 'layers/base'],
    ['packages/demo-drop/src/x.ts', "import { sql } from 'drizzle-orm';", 'layers/base'],
    ['packages/billing/src/x.ts', "import { rates } from '@vnodrop/db';", 'layers/base'],
    ['packages/billing/src/x.ts', "import { runSync } from '@vnodrop/sync';", 'layers/base'],
    ['packages/testkit/src/x.ts', "import { runSync } from '@vnodrop/sync';", 'layers/testkit'],
    ['packages/db/src/x.ts', "import SchemaBuilder from '@pothos/core';", 'layers/db'],
    ['packages/db/src/x.ts', "import { run } from '@vnodrop/sync';", 'layers/db'],
    ['apps/sync/src/x.ts', "import { schema } from '@vnodrop/graphql';", 'layers/apps'],
    ['apps/graphql/src/x.ts', "import { runSync } from '@vnodrop/sync';", 'layers/apps'],
    [
      'apps/graphql/src/x.ts',
      "import { t } from '@vnodrop/db/src/schema/customers';",
      'exports map',
    ],
    [
      'examples/web-client/src/x.ts',
      "import { schema } from '@vnodrop/graphql';",
      'layers/examples',
    ],
    ['examples/web-client/src/x.ts', "import { customers } from '@vnodrop/db';", 'layers/examples'],
    [
      'examples/web-client/src/x.ts',
      "import { schema } from '../../../apps/graphql/src/schema.ts';",
      'layers/examples',
    ],
    ['packages/schemas/src/x.ts', "import net from 'net';", 'layers/base'],
    ['packages/schemas/src/x.ts', "import tls from 'node:tls';", 'layers/base'],
    ['packages/schemas/src/x.ts', "import pg from 'pg';", 'layers/base'],
    [
      'apps/graphql/src/x.ts',
      "import { runSync } from '../../sync/src/run/run-sync.ts';",
      'layers/apps',
    ],
    ['apps/sync/src/x.ts', "import { schema } from '../../graphql/src/schema.ts';", 'layers/apps'],
    ['apps/graphql/test/x.ts', "import { runSync } from '@vnodrop/sync';", 'layers/apps'],
    [
      'apps/graphql/test/x.test.ts',
      "import { x } from '../../sync/src/cli/main.ts';",
      'layers/apps',
    ],
    ['apps/sync/test/x.test.ts', "import { schema } from '@vnodrop/graphql';", 'layers/apps'],
  ];

  it.each(forbidden)('%s: %s', async (file, source, rule) => {
    const errors = await importErrors(file, source);

    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain(rule);
  });
});

describe('layers: allowed imports pass lint', () => {
  const allowed = [
    ['packages/schemas/src/x.ts', "import { parse } from 'fast-csv';"],
    ['packages/db/src/x.ts', "import { readers } from '@vnodrop/schemas';"],
    ['packages/billing/src/x.ts', "import Decimal from 'decimal.js';"],
    ['apps/sync/src/x.ts', "import { rateUsage } from '@vnodrop/billing';"],
    ['apps/sync/src/x.ts', "import { createDatabase } from '@vnodrop/db';"],
    ['apps/graphql/src/x.ts', "import { createDatabase } from '@vnodrop/db';"],
    ['apps/sync/src/x.test.ts', "import { startSshd } from '@vnodrop/testkit';"],
    ['examples/web-client/src/x.ts', "import { print } from 'graphql';"],
  ];

  it.each(allowed)('%s: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
