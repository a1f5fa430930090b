/**
 * A Yoga plugin that measures each GraphQL operation: its name and type once parsed, its
 * execution time and outcome, and the errors of its result, counted by code. Names also go
 * to the request's log line (see `request-context.ts`).
 */
import { getOperationAST, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphMetrics } from './metrics.ts';
import { currentRequest } from './request-context.ts';

interface OperationState {
  /** The name the client gave, until the document is parsed; then the operation's own. */
  name: string | null;
}

type Result = { errors?: readonly GraphQLError[] | undefined };

export function useObservability(metrics: GraphMetrics): Plugin {
  /** The operations of a request, in the order of a batch. */
  const byRequest = new WeakMap<Request, OperationState[]>();
  /** The same states, by the context Yoga builds for each operation. */
  const byContext = new WeakMap<object, OperationState>();

  return {
    onParams({ params, request, context }) {
      const state: OperationState = { name: params.operationName ?? null };
      const list = byRequest.get(request) ?? [];

      list.push(state);
      byRequest.set(request, list);
      byContext.set(context, state);
    },

    onValidate({ params, context }) {
      const state = byContext.get(context);

      if (state) {
        state.name = getOperationAST(params.documentAST, state.name)?.name?.value ?? state.name;
      }
    },

    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      const name = operation?.name?.value ?? null;
      const type = operation?.operation ?? 'query';
      const state = byContext.get(args.contextValue as object);
      const began = performance.now();

      if (state) state.name = name;

      return {
        onExecuteDone({ result }) {
          const errors = Symbol.asyncIterator in result ? [] : ((result as Result).errors ?? []);

          metrics.observeOperation(
            name,
            type,
            errors.length > 0 ? 'error' : 'success',
            (performance.now() - began) / 1000,
          );
        },
      };
    },

    onResultProcess({ request, result }) {
      if (Symbol.asyncIterator in result) return;

      const results = (Array.isArray(result) ? result : [result]) as Result[];
      const states = byRequest.get(request) ?? [];
      const context = currentRequest();

      results.forEach((one, index) => {
        const name = states[index]?.name ?? null;

        context?.operations.push(metrics.operationLabel(name));

        for (const error of one.errors ?? []) {
          const code = error.extensions?.code;
          const label = typeof code === 'string' ? code : 'UNKNOWN';

          metrics.countError(name, label);
          context?.errors.push(label);
        }
      });
    },
  };
}
