/** `sim(iccid, msisdn)`. */
import { builder } from '../builder.ts';
import { InvalidArgumentError } from '../errors.ts';
import { Sim } from '../types/sim.ts';

builder.queryField('sim', (t) =>
  t.drizzleField({
    type: Sim,
    nullable: true,
    description:
      'A SIM card by its ICCID or its number (both must match when both are given). A number ' +
      'that moved between cards finds the card the newest snapshot reports.',
    args: {
      iccid: t.arg({ type: 'Iccid', required: false }),
      msisdn: t.arg({ type: 'PhoneNumber', required: false }),
    },
    resolve: (query, _root, args, context) => {
      if (!args.iccid && !args.msisdn) {
        throw new InvalidArgumentError(
          'iccid',
          'Give `iccid` or `msisdn` (or both) to find a SIM card.',
        );
      }

      return context.db.query.sims.findFirst(
        query({
          where: {
            ...(args.iccid ? { iccid: args.iccid } : {}),
            ...(args.msisdn ? { msisdn: args.msisdn } : {}),
          },
          orderBy: { reported: 'desc', lastReportedAt: 'desc', id: 'desc' },
        }),
      );
    },
  }),
);
