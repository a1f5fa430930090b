/**
 * Subscriptions under the same rules as queries: the operation's depth and cost are checked
 * before it starts, and every event is executed in a read-only transaction of its own,
 * limited to what the caller may read (row-level security, see `withReadScope`). No
 * transaction stays open while a subscription waits for its next event.
 *
 * The source of a subscription (its `subscribe`) runs outside any transaction; it reads, when
 * it has to, through `scopedReadOf(context)`, under the caller's scope too.
 */
import { primaryOf, withReadScope, type Database, type Transaction } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import {
  createSourceEventStream,
  execute,
  GraphQLError,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { isAsyncIterable, map, type Plugin } from 'graphql-yoga';
import { operationLimitErrors } from '../access/operation-limits.ts';
import { readScopeOf } from '../access/principal.ts';
import type { Limits } from '../access/settings.ts';
import type { GraphContext } from '../context.ts';

/** Runs `work` in a read-only transaction limited to the subscriber's scope. */
export type ScopedRead = <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;

const scopedReads = new WeakMap<object, ScopedRead>();

/** How the source of the subscription whose context is `context` reads. */
export function scopedReadOf(context: object): ScopedRead {
  const read = scopedReads.get(context);
  if (!read) {
    throw new Error(
      'This subscription has no read scope: add useSubscriptionScope to the plugins of the app.',
    );
  }

  return read;
}

export interface SubscriptionScopeOptions {
  db: Database;
  limits: Limits;
  logger: Logger;
}

export function useSubscriptionScope({
  db,
  limits,
  logger,
}: SubscriptionScopeOptions): Plugin<GraphContext> {
  // Subscriptions read what was just written: on the primary, never on a lagging replica.
  const primary = primaryOf(db);

  return {
    onSubscribe({ args, setSubscribeFn, setResultAndStopExecution }) {
      const context = args.contextValue;
      const errors = operationLimitErrors(args, context.principal, limits);

      if (errors.length > 0) {
        setResultAndStopExecution({ errors });
        return;
      }

      const scope = readScopeOf(context.principal, limits.statementTimeoutMs);
      const read: ScopedRead = (work) => withReadScope(primary, scope, work);

      setSubscribeFn(async (subscribeArgs: ExecutionArgs) => {
        const sourceContext = { ...(subscribeArgs.contextValue as GraphContext), db: primary };
        scopedReads.set(sourceContext, read);

        const source = await createSourceEventStream({
          ...subscribeArgs,
          contextValue: sourceContext,
        });
        if (!isAsyncIterable(source)) return source;

        return map((payload: unknown) =>
          executeEvent(read, { ...subscribeArgs, contextValue: sourceContext }, payload, logger),
        )(source);
      });
    },
  };
}

/** One event, executed with its payload as root value, in a transaction of its own. */
async function executeEvent(
  read: ScopedRead,
  args: ExecutionArgs,
  payload: unknown,
  logger: Logger,
): Promise<ExecutionResult> {
  let result: ExecutionResult | undefined;

  try {
    await read(async (tx) => {
      result = await execute({
        ...args,
        rootValue: payload,
        contextValue: { ...(args.contextValue as GraphContext), db: tx },
      });
    });
  } catch (error) {
    // As for queries: a statement that failed fails the transaction, and the result already
    // holds the error; only a transaction that could not start leaves none.
    if (result === undefined) {
      logger.error({ err: error }, 'a subscription event could not be read');

      return { errors: [new GraphQLError('The event could not be read.')] };
    }
  }

  return result!;
}
