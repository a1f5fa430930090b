/** `reconciliation(period, service)`: a month of billing assurance. */
import { summarizeReconciliation, type ReconciliationSummary } from '@vnodrop/db';
import { PERIOD_DESCRIPTION, periodArgument } from '../billing/period.ts';
import { builder } from '../builder.ts';
import { ServiceEnum } from '../types/enums.ts';
import { Reconciliation } from '../types/reconciliation.ts';

builder.queryFields((t) => ({
  reconciliation: t.field({
    type: Reconciliation,
    description:
      'Rated records against billed ones for a month, record by record, with the figures of ' +
      'each service and the invoices whose summary differs from their records. Partners see ' +
      'their customers only.',
    args: {
      period: t.arg.string({ required: true, description: PERIOD_DESCRIPTION }),
      service: t.arg({
        type: ServiceEnum,
        required: false,
        description: 'One service (all by default).',
      }),
    },
    resolve: (_root, args, context) => {
      const period = periodArgument(args.period);
      const service = args.service ?? null;
      let summaries: Promise<ReconciliationSummary[]> | undefined;

      return {
        period,
        service,
        summaries: () =>
          (summaries ??= summarizeReconciliation(context.db, {
            period,
            ...(service === null ? {} : { service }),
          })),
      };
    },
  }),
}));
