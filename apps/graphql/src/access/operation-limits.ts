/**
 * Depth and cost of an operation against the caller's limits, computed from the document and
 * its variables alone (Pothos's complexity rule, with the costs of `complexity.ts`): nothing
 * runs, so an operation over its limits costs no SQL.
 */
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Principal } from './principal.ts';
import type { Limits } from './settings.ts';

export interface OperationArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Record<string, unknown> | null | undefined;
  operationName?: string | null | undefined;
  contextValue: unknown;
}

export function operationLimitErrors(
  args: OperationArgs,
  principal: Principal,
  limits: Limits,
): readonly GraphQLError[] {
  const maxCost = principal.role === 'partner' ? limits.partnerMaxCost : limits.maxCost;
  const rule = createComplexityRule({
    context: args.contextValue as object,
    variableValues: args.variableValues ?? {},
    operationName: args.operationName ?? null,
    validate: (result, report) => {
      if (result.depth > limits.maxDepth) {
        report(
          new GraphQLError(
            `The operation is ${result.depth} levels deep; at most ${limits.maxDepth} are ` +
              'allowed. Ask for the deeper parts in a request of their own.',
            { extensions: { code: 'QUERY_TOO_DEEP', depth: result.depth, max: limits.maxDepth } },
          ),
        );
      }

      if (result.complexity > maxCost) {
        report(
          new GraphQLError(
            `The operation would cost ${result.complexity}; at most ${maxCost} is allowed. ` +
              'Ask for smaller pages (`first`), or fewer nested lists.',
            { extensions: { code: 'QUERY_TOO_COSTLY', cost: result.complexity, max: maxCost } },
          ),
        );
      }
    },
  });

  return validate(args.schema, args.document, [rule]);
}
