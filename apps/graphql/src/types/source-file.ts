/** The ledger of the drop: every file seen, what was done with it, the rows set aside. */
import { builder } from '../builder.ts';
import { connectionType } from './connections.ts';
import { DocumentKindEnum, FileStatusEnum } from './enums.ts';

export const SourceFile = builder.drizzleNode('sourceFiles', {
  name: 'SourceFile',
  description: 'A file of the drop, by its path, and what the sync did with it.',
  id: { column: (file) => file.id },
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Relative to the root of the drop.' }),
    folder: t.exposeString('folder'),
    name: t.exposeString('name'),
    family: t.exposeString('family', {
      nullable: true,
      description: 'The CSV family (`rated-mobile`, …) of a parsed file.',
    }),
    documentKind: t.expose('storedKind', {
      type: DocumentKindEnum,
      nullable: true,
      description: 'Why the file is kept as it is, for files that are not parsed.',
    }),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    modifiedAt: t.expose('modifiedAt', { type: 'DateTime', nullable: true }),
    sha256: t.exposeString('sha256', { nullable: true }),
    status: t.expose('status', { type: FileStatusEnum }),
    encoding: t.exposeString('encoding', { nullable: true }),
    delimiter: t.exposeString('delimiter', { nullable: true }),
    extractedAt: t.expose('extractedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Extraction time read from the file name.',
    }),
    period: t.exposeString('period', { nullable: true }),
    rowsTotal: t.exposeInt('rowsTotal'),
    rowsLoaded: t.exposeInt('rowsLoaded'),
    rowsRejected: t.exposeInt('rowsRejected'),
    rowsDuplicate: t.exposeInt('rowsDuplicate'),
    error: t.exposeString('error', { nullable: true }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    durationMs: t.exposeInt('durationMs', { nullable: true }),
    syncRun: t.relation('syncRun', { nullable: true }),
    rejectedRows: t.relatedConnection(
      'rejectedRows',
      { totalCount: true, query: { orderBy: { line: 'asc' } } },
      RejectedRowConnection,
    ),
  }),
});

export const SourceFileConnection = connectionType(SourceFile, 'SourceFileConnection');

export const RejectedRow = builder.drizzleNode('rejectedRows', {
  name: 'RejectedRow',
  description: 'A row of a file that failed validation, set aside with its reason.',
  id: { column: (row) => row.id },
  fields: (t) => ({
    line: t.exposeInt('line', { description: 'Line number in the file, the header being 1.' }),
    column: t.exposeString('column', {
      nullable: true,
      description: 'The header of the offending column, when one column is to blame.',
    }),
    columnNumber: t.exposeInt('columnNumber', { nullable: true }),
    raw: t.exposeString('raw', { description: 'The text of the row as the file had it.' }),
    reason: t.exposeString('reason'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    sourceFile: t.relation('sourceFile'),
  }),
});

export const RejectedRowConnection = connectionType(RejectedRow, 'RejectedRowConnection');
