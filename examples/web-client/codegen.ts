/**
 * graphql-codegen's client preset over the graph's printed schema (read as a file: an example
 * never imports an app). It writes `src/gql/`: typed documents for the operations of
 * `src/operations.ts`, and `persisted-documents.json`, the manifest the server registers as
 * it is (`keys register --owner <partner> src/gql/persisted-documents.json`).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../apps/graphql/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // The SHA-256 of each document, as the server's registry hashes it.
        persistedDocuments: true,
        fragmentMasking: { unmaskFunctionName: 'readFragment' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Decimal: 'string',
          Iccid: 'string',
          PhoneNumber: 'string',
          SafeInt: 'number',
        },
      },
    },
  },
};

export default config;
