// The layer graph of the repository, enforced by ESLint on every import.
//
//   packages/schemas, packages/log,  the base: formats, parsing, logging, demo data,
//   packages/demo-drop,              rating; no database, no network, no GraphQL
//   packages/billing
//   packages/db                      Drizzle schema, migrations, client; may use schemas
//   packages/testkit                 real servers for tests; used only by tests
//   apps/sync, apps/graphql          the products; use the packages, never each other
//   examples/*                       clients of the products, as outsiders write them: none
//                                    of our code, only what the graph publishes (its schema)

const DATABASE = [
  'drizzle-orm',
  'drizzle-orm/*',
  'postgres',
  'pg',
  'pg/*',
  '@electric-sql/*',
  '@vnodrop/db',
];
const GRAPHQL = ['graphql', 'graphql/*', 'graphql-*', '@pothos/*', '@vnodrop/graphql'];
const FILE_TRANSFER = ['ssh2', 'ssh2-sftp-client', 'basic-ftp'];
const NETWORK = [
  ...FILE_TRANSFER,
  ...['net', 'http', 'https', 'http2', 'tls', 'dgram'].flatMap((name) => [name, `node:${name}`]),
];
const APPS = ['@vnodrop/sync', '@vnodrop/sync/*', '@vnodrop/graphql', '@vnodrop/graphql/*'];
const TEST_ONLY = ['@vnodrop/testkit', 'vitest'];

/** An app by its package name, or by a relative path into its folder. */
const app = (name) => [`@vnodrop/${name}`, `@vnodrop/${name}/*`, `**/${name}/src/**`];
const APART = 'layers/apps: apps never import each other; share through packages/*.';

/** Reaching into another package's files bypasses its `exports` map. */
const DEEP = {
  group: ['@vnodrop/*/src', '@vnodrop/*/src/*', '../../packages/*', '../../apps/*'],
  message: 'Import the package by its name; its exports map is its public surface.',
};

function banned(names, rule) {
  return { group: names, message: rule };
}

/** One entry per layer: the files it covers and the imports they may not make. */
export const layers = [
  {
    name: 'schemas',
    files: [
      'packages/schemas/src/**/*.ts',
      'packages/log/src/**/*.ts',
      'packages/demo-drop/src/**/*.ts',
      'packages/billing/src/**/*.ts',
    ],
    patterns: [
      banned(DATABASE, 'layers/base: schemas and log read and describe data; no database code.'),
      banned(GRAPHQL, 'layers/base: schemas and log know nothing of GraphQL.'),
      banned(NETWORK, 'layers/base: schemas and log do no network I/O; sources live in apps/sync.'),
      banned(APPS, 'layers/base: nothing imports an app.'),
      banned(['@vnodrop/testkit'], 'layers/base: testkit is for tests only.'),
      DEEP,
    ],
  },
  {
    name: 'db',
    files: ['packages/db/src/**/*.ts'],
    patterns: [
      banned(
        GRAPHQL,
        'layers/db: the data layer knows nothing of GraphQL; put it in apps/graphql.',
      ),
      banned(NETWORK, 'layers/db: file transfer belongs to apps/sync.'),
      banned(APPS, 'layers/db: nothing imports an app.'),
      banned(TEST_ONLY, 'layers/db: test helpers stay in test files.'),
      DEEP,
    ],
  },
  {
    name: 'testkit',
    files: ['packages/testkit/src/**/*.ts'],
    patterns: [
      banned(GRAPHQL, 'layers/testkit: test servers know nothing of GraphQL.'),
      banned(APPS, 'layers/testkit: run an app through its command line, never import it.'),
      DEEP,
    ],
  },
  {
    name: 'sync',
    files: ['apps/sync/src/**/*.ts'],
    patterns: [
      banned([...new Set([...GRAPHQL, ...app('graphql')])], APART),
      banned(TEST_ONLY, 'layers/apps: test helpers stay in test files.'),
      DEEP,
    ],
  },
  {
    name: 'graphql',
    files: ['apps/graphql/src/**/*.ts'],
    patterns: [
      banned(app('sync'), APART),
      banned(FILE_TRANSFER, "layers/graphql: fetching the drop is the sync's job."),
      banned(TEST_ONLY, 'layers/apps: test helpers stay in test files.'),
      DEEP,
    ],
  },
  {
    name: 'sync-tests',
    files: ['apps/sync/test/**/*.ts'],
    tests: true,
    patterns: [banned(app('graphql'), APART)],
  },
  {
    name: 'graphql-tests',
    files: ['apps/graphql/test/**/*.ts'],
    tests: true,
    patterns: [
      banned(app('sync'), `${APART} Load data through the sync's command line (testkit).`),
    ],
  },
  {
    name: 'examples',
    files: ['examples/*/src/**/*.ts', 'examples/*/*.ts'],
    patterns: [
      banned(
        ['@vnodrop/*', '**/apps/*', '**/packages/*', ...DATABASE],
        'layers/examples: an example is an outside client: it knows the graph by its schema ' +
          '(apps/graphql/schema.graphql, read by codegen), never by our code.',
      ),
    ],
  },
];

/**
 * ESLint flat-config blocks, one per layer; test files may use vitest and testkit, and the
 * layers marked `tests` cover the test files themselves.
 */
export function layerConfigs() {
  return layers.map((layer) => ({
    name: `layers/${layer.name}`,
    files: layer.files,
    ignores: layer.tests ? [] : ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: layer.patterns }],
    },
  }));
}
