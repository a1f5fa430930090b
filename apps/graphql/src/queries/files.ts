/** `sourceFiles`, `syncRuns` and `documents`: the ledger of the drop and its kept files. */
import { type FileStatus, type StoredKind, sourceFiles, storedFiles, syncRuns } from '@vnodrop/db';
import { and, eq, inArray } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { Document, DocumentConnection } from '../types/document.ts';
import { DocumentKindEnum, FileStatusEnum } from '../types/enums.ts';
import { SourceFileConnection, SourceFile } from '../types/source-file.ts';
import { SyncRun, SyncRunConnection } from '../types/sync-run.ts';

interface SourceFileFilterInput {
  status?: FileStatus[] | null;
  family?: string | null;
  folder?: string | null;
}

const SourceFileFilter = builder.inputType('SourceFileFilter', {
  fields: (t) => ({
    status: t.field({ type: [FileStatusEnum], required: false }),
    family: t.string({ required: false, description: 'A CSV family, such as `rated-mobile`.' }),
    folder: t.string({
      required: false,
      description: 'A folder of the drop, such as `HighUsage`.',
    }),
  }),
});

function sourceFileCondition(
  table: typeof sourceFiles,
  filter: SourceFileFilterInput | null | undefined,
) {
  return and(
    filter?.status?.length ? inArray(table.status, filter.status) : undefined,
    filter?.family ? eq(table.family, filter.family) : undefined,
    filter?.folder ? eq(table.folder, filter.folder) : undefined,
  );
}

function documentCondition(table: typeof storedFiles, kinds: StoredKind[] | null | undefined) {
  return kinds?.length ? inArray(table.kind, kinds) : undefined;
}

builder.queryFields((t) => ({
  sourceFiles: t.drizzleConnection(
    {
      type: SourceFile,
      description: 'Every file of the drop the sync has seen, by path.',
      args: { filter: t.arg({ type: SourceFileFilter, required: false }) },
      totalCount: (_root, args, context) =>
        context.db.$count(sourceFiles, sourceFileCondition(sourceFiles, args.filter)),
      resolve: (query, _root, args, context) => {
        const condition = sourceFileCondition(sourceFiles, args.filter);

        return context.db.query.sourceFiles.findMany(
          query({
            where: condition
              ? { RAW: (table) => sourceFileCondition(table, args.filter)! }
              : undefined,
            orderBy: { path: 'asc' },
          }),
        );
      },
    },
    SourceFileConnection,
  ),
  syncRuns: t.drizzleConnection(
    {
      type: SyncRun,
      description: 'Executions of the sync, newest first.',
      totalCount: (_root, _args, context) => context.db.$count(syncRuns),
      resolve: (query, _root, _args, context) =>
        context.db.query.syncRuns.findMany(query({ orderBy: { id: 'desc' } })),
    },
    SyncRunConnection,
  ),
  documents: t.drizzleConnection(
    {
      type: Document,
      description: 'Files of the drop kept as they are, by path.',
      args: {
        kind: t.arg({
          type: [DocumentKindEnum],
          required: false,
          description: 'Only these kinds.',
        }),
      },
      totalCount: (_root, args, context) =>
        context.db.$count(storedFiles, documentCondition(storedFiles, args.kind)),
      resolve: (query, _root, args, context) =>
        context.db.query.storedFiles.findMany(
          query({
            where: args.kind?.length ? { kind: { in: args.kind } } : undefined,
            orderBy: { path: 'asc' },
          }),
        ),
    },
    DocumentConnection,
  ),
}));
