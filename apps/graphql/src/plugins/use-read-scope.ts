/**
 * Runs each operation in its own transaction, limited to what its caller may read (row-level
 * security, see `withReadScope` in @vnodrop/db), with a statement timeout. Before the
 * transaction opens, the operation's depth and cost are checked against the caller's limits:
 * an operation over them runs no SQL at all.
 */
import { type Database, withReadScope } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { operationLimitErrors } from '../access/operation-limits.ts';
import { readScopeOf } from '../access/principal.ts';
import type { Limits } from '../access/settings.ts';
import type { GraphContext } from '../context.ts';

export interface ReadScopeOptions {
  db: Database;
  limits: Limits;
  logger: Logger;
}

export function useReadScope({ db, limits, logger }: ReadScopeOptions): Plugin<GraphContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const context = args.contextValue;
      const errors = operationLimitErrors(args, context.principal, limits);

      if (errors.length > 0) {
        setResultAndStopExecution({ errors });
        return;
      }

      setExecuteFn(async (executeArgs) => {
        const started = performance.now();
        const scope = readScopeOf(context.principal, limits.statementTimeoutMs);
        let result: Awaited<ReturnType<typeof executeFn>> | undefined;

        try {
          await withReadScope(db, scope, async (tx) => {
            result = await executeFn({
              ...executeArgs,
              contextValue: { ...(executeArgs.contextValue as GraphContext), db: tx },
            });
          });
        } catch (error) {
          // postgres.js fails the transaction when any of its statements failed, even one a
          // resolver already reported; the result holds that error. Only a transaction that
          // could not start leaves no result.
          if (result === undefined) {
            return {
              errors: [
                new GraphQLError('The request could not start.', { originalError: error as Error }),
              ],
            };
          }
        }

        logger.debug(
          {
            subject: context.principal.subject,
            role: context.principal.role,
            operation: args.operationName ?? null,
            ms: Math.round(performance.now() - started),
          },
          'operation',
        );

        return result!;
      });
    },
  };
}
