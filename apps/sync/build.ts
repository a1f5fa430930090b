/**
 * The sync as it runs in production: `pnpm --filter @vnodrop/sync build` bundles the command
 * line and the CSV reading thread, with the workspace packages they use, into `dist/lib/`, and
 * copies the migrations beside it, so that `node apps/sync/dist/lib/main.js` starts without
 * compiling TypeScript. The database package finds its migrations at `../drizzle` from its own
 * module, which is `dist/drizzle` once bundled.
 */
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const DIST = fileURLToPath(new URL('./dist', import.meta.url));
const MIGRATIONS = fileURLToPath(new URL('../../packages/db/drizzle', import.meta.url));

/**
 * Left to Node: the embedded database loads its WebAssembly beside its own module, the SFTP
 * client has an optional native add-on.
 */
const EXTERNAL = ['@electric-sql/pglite', 'ssh2-sftp-client'];

const keepExternal: Plugin = {
  name: 'keep-external',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      EXTERNAL.some((name) => path === name || path.startsWith(`${name}/`))
        ? { path, external: true }
        : undefined,
    );
  },
};

await rm(DIST, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts', 'csv-worker': 'src/run/csv-worker.ts' },
  outdir: 'dist/lib',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  plugins: [keepExternal],
  // Bundled CommonJS packages call `require`, which an ES module does not have.
  banner: {
    js: [
      "import { createRequire } from 'node:module';",
      'const require = createRequire(import.meta.url);',
    ].join('\n'),
  },
  logLevel: 'warning',
});
await cp(MIGRATIONS, `${DIST}/drizzle`, { recursive: true });
process.stdout.write(`built ${DIST}\n`);
