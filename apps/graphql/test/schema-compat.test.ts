import { readFile } from 'node:fs/promises';
import { CriticalityLevel } from '@graphql-inspector/core';
import { describe, expect, it } from 'vitest';
import { checkSchema, findBaseline, SCHEMA_FILE } from './schema-compat.ts';

const PREVIOUS = `
  type Query { customer(ref: String!): Customer, customers(first: Int): [Customer!]! }
  type Customer { ref: String!, name: String, invoiceNumber: String }
`;

describe('schema: breaking changes', () => {
  it('schema: schema.graphql breaks nothing its previous version offered, unless accepted', async () => {
    const baseline = await findBaseline();

    if (!baseline) {
      console.warn(
        'schema check: no previous version of schema.graphql in git; nothing to compare',
      );
      return;
    }

    const { changes, breaking, refused } = await checkSchema(
      baseline.sdl,
      await readFile(SCHEMA_FILE, 'utf8'),
    );

    console.info(
      `schema check against ${baseline.ref} (${baseline.why}): ${changes.length} change(s), ` +
        `${breaking.length} breaking, ${breaking.length - refused.length} of them accepted`,
    );
    expect(
      refused.map((change) => change.message),
      'Breaking changes to schema.graphql: keep the old field (deprecate it) or, once clients ' +
        'have moved, list the change in apps/graphql/schema-changes.accepted.json with a reason.',
    ).toEqual([]);
  });

  it('schema: the check tells a removed field and a narrowed argument from an added field', async () => {
    const current = `
      type Query { customer(ref: String!): Customer, customers(first: Int!): [Customer!]! }
      type Customer { ref: String!, name: String, billingAccount: String }
    `;
    const { breaking, refused, changes } = await checkSchema(PREVIOUS, current);

    expect(breaking.map((change) => change.message).sort()).toEqual([
      "Field 'invoiceNumber' was removed from object type 'Customer'",
      "Type for argument 'first' on field 'Query.customers' changed from 'Int' to 'Int!'",
    ]);
    expect(refused).toHaveLength(2);
    expect(
      changes.find((change) => change.message.includes('billingAccount'))?.criticality.level,
    ).toBe(CriticalityLevel.NonBreaking);
  });
});
