/**
 * Limits a document must meet before it runs, checked by validation rules: aliases
 * (graphql-armor), and no introspection for partners, who call registered operations and have
 * no use for the schema at run time.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from '../access/settings.ts';
import type { Principals } from './use-access.ts';

export function useLimits(limits: Limits, principals: Principals): Plugin {
  const aliases = maxAliasesRule({
    n: limits.maxAliases,
    exposeLimits: false,
    errorMessage:
      `Too many aliases: a document may hold at most ${limits.maxAliases}. Ask for larger ` +
      'pages or send several requests.',
  });

  return {
    onValidate({ addValidationRule, context }) {
      addValidationRule(aliases);

      const request = (context as { request?: Request }).request;
      if (request && principals.get(request)?.role === 'partner') {
        addValidationRule(NoSchemaIntrospectionCustomRule);
      }
    },
  };
}
