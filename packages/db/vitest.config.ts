import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // @vnodrop/testkit depends on this package, so it is not a declared dependency here
    // (see tsconfig.json); the tests reach it by its path.
    alias: {
      '@vnodrop/testkit': fileURLToPath(new URL('../testkit/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    passWithNoTests: true,
  },
});
