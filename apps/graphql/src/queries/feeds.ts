/** `feeds`: the freshness of each family of the drop. */
import { feedFreshness } from '@vnodrop/db';
import { builder } from '../builder.ts';
import { Feed } from '../types/feed.ts';

builder.queryFields((t) => ({
  feeds: t.field({
    type: [Feed],
    description:
      'Each family extracted on a cadence (inventories every 4 hours, SIM states hourly, rated ' +
      'records at least daily), with its newest loaded file and whether it is on time.',
    args: {
      now: t.arg({
        type: 'DateTime',
        required: false,
        description: 'The instant to judge at (default: now). Files extracted later are ignored.',
      }),
    },
    resolve: (_root, args, context) => feedFreshness(context.db, { now: args.now ?? new Date() }),
  }),
}));
