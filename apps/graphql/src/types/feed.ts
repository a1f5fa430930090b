/** `Feed`: whether a family of the drop keeps the cadence the wholesaler extracts it at. */
import type { FeedFreshness } from '@vnodrop/db';
import { builder } from '../builder.ts';

export const FeedStatusEnum = builder.enumType('FeedStatus', {
  description:
    'ON_TIME: the newest file is less than one cadence old (plus 30 minutes of grace); LATE: ' +
    'the next file is due and has not come; MISSING: no file yet, or a whole cadence more has ' +
    'passed, so at least one file did not come.',
  values: {
    ON_TIME: { value: 'on-time' },
    LATE: { value: 'late' },
    MISSING: { value: 'missing' },
  } as const,
});

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));

export const Feed = builder.objectRef<FeedFreshness>('Feed');

Feed.implement({
  description: 'A family of files the wholesaler extracts on a cadence, and its newest file.',
  fields: (t) => ({
    family: t.exposeString('family', { description: 'The family, such as `rated-mobile`.' }),
    cadenceSeconds: t.int({
      description: 'A new file is extracted at least this often.',
      resolve: (feed) => seconds(feed.everyMs)!,
    }),
    lastExtractedAt: t.expose('lastExtractedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Extraction time of the newest file loaded (from its name).',
    }),
    lastLoadedAt: t.expose('lastLoadedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When that file was loaded.',
    }),
    dueAt: t.expose('dueAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the next file is due.',
    }),
    overdueSeconds: t.int({
      nullable: true,
      description: 'How long past due: 0 when not due yet, null without any file.',
      resolve: (feed) => seconds(feed.overdueMs),
    }),
    status: t.expose('status', { type: FeedStatusEnum }),
  }),
});
