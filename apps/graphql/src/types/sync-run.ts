/** Executions of the sync. */
import { builder } from '../builder.ts';
import { connectionType } from './connections.ts';
import { RunStatusEnum } from './enums.ts';
import { SourceFileConnection } from './source-file.ts';

export const SyncRun = builder.drizzleNode('syncRuns', {
  name: 'SyncRun',
  description: 'One execution of the sync: what it saw of the drop and how it ended.',
  id: { column: (run) => run.id },
  fields: (t) => ({
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    source: t.exposeString('source', { description: 'Where the drop was read from.' }),
    status: t.expose('status', { type: RunStatusEnum }),
    filesSeen: t.exposeInt('filesSeen'),
    filesLoaded: t.exposeInt('filesLoaded'),
    filesSkipped: t.exposeInt('filesSkipped'),
    filesFailed: t.exposeInt('filesFailed'),
    rowsLoaded: t.exposeInt('rowsLoaded'),
    rowsRejected: t.exposeInt('rowsRejected'),
    error: t.exposeString('error', { nullable: true }),
    sourceFiles: t.relatedConnection(
      'sourceFiles',
      { totalCount: true, query: { orderBy: { path: 'asc' } } },
      SourceFileConnection,
    ),
  }),
});

export const SyncRunConnection = connectionType(SyncRun, 'SyncRunConnection');
