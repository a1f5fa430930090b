/**
 * Relay conformance, read from the schema by introspection as a Relay client reads it: the
 * Node interface and its root fields (Global Object Identification), and every connection,
 * edge and page info (Cursor Connections). Then the promises at run time: a global id
 * refetches its object, cursors page forwards and backwards.
 */
import { createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import {
  getIntrospectionQuery,
  graphqlSync,
  type IntrospectionField,
  type IntrospectionInputValue,
  type IntrospectionObjectType,
  type IntrospectionQuery,
  type IntrospectionTypeRef,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema.ts';
import { dataOf, graphClient } from './graph.ts';
import { seedCustomers } from './seed.ts';

const introspection = graphqlSync({ schema, source: getIntrospectionQuery() })
  .data as unknown as IntrospectionQuery;
const types = new Map(introspection.__schema.types.map((type) => [type.name, type]));

/** `ID!`, `[Node]!`, `Customer`: a type reference as SDL writes it. */
function typeName(ref: IntrospectionTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeName(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeName(ref.ofType)}]`;
  return ref.name;
}

function namedType(ref: IntrospectionTypeRef): string {
  return 'ofType' in ref && ref.ofType ? namedType(ref.ofType) : (ref as { name: string }).name;
}

function objectType(name: string): IntrospectionObjectType {
  const type = types.get(name);
  if (type?.kind !== 'OBJECT') throw new Error(`${name} is not an object type`);
  return type;
}

function fieldsOf(name: string): Map<string, IntrospectionField> {
  return new Map(objectType(name).fields.map((field) => [field.name, field]));
}

function argsOf(field: IntrospectionField): Map<string, string> {
  return new Map(field.args.map((arg: IntrospectionInputValue) => [arg.name, typeName(arg.type)]));
}

const connections = [...types.values()].filter(
  (type): type is IntrospectionObjectType =>
    type.kind === 'OBJECT' && type.name.endsWith('Connection'),
);

describe('relay: the schema', () => {
  it('relay: Node is an interface with `id: ID!`, implemented by the entities', () => {
    const node = types.get('Node');

    expect(node?.kind).toBe('INTERFACE');
    expect(
      node && 'fields' in node ? node.fields.map((f) => [f.name, typeName(f.type)]) : [],
    ).toEqual([['id', 'ID!']]);
    expect(node && 'possibleTypes' in node ? node.possibleTypes.length : 0).toBeGreaterThan(10);

    for (const possible of node && 'possibleTypes' in node ? node.possibleTypes : []) {
      expect(typeName(fieldsOf(possible.name).get('id')!.type), possible.name).toBe('ID!');
    }
  });

  it('relay: the query type has `node(id: ID!): Node` and `nodes(ids: [ID!]!): [Node]!`', () => {
    const query = fieldsOf(introspection.__schema.queryType.name);

    expect(typeName(query.get('node')!.type)).toBe('Node');
    expect([...argsOf(query.get('node')!)]).toEqual([['id', 'ID!']]);
    expect(typeName(query.get('nodes')!.type)).toBe('[Node]!');
    expect([...argsOf(query.get('nodes')!)]).toEqual([['ids', '[ID!]!']]);
  });

  it('relay: PageInfo has hasNextPage, hasPreviousPage, startCursor and endCursor', () => {
    const pageInfo = fieldsOf('PageInfo');

    expect(typeName(pageInfo.get('hasNextPage')!.type)).toBe('Boolean!');
    expect(typeName(pageInfo.get('hasPreviousPage')!.type)).toBe('Boolean!');
    expect(typeName(pageInfo.get('startCursor')!.type)).toBe('String');
    expect(typeName(pageInfo.get('endCursor')!.type)).toBe('String');
  });

  it('relay: every connection has `edges` of edges with `cursor: String!` and `node`, and `pageInfo: PageInfo!`', () => {
    expect(connections.length).toBeGreaterThan(10);

    for (const connection of connections) {
      const fields = fieldsOf(connection.name);
      const edges = fields.get('edges');

      expect(typeName(fields.get('pageInfo')!.type), connection.name).toBe('PageInfo!');
      expect(edges, `${connection.name}.edges`).toBeDefined();
      expect(typeName(edges!.type), `${connection.name}.edges`).toMatch(/^\[\w+!?\]!?$/);

      const edge = fieldsOf(namedType(edges!.type));
      const node = edge.get('node');

      expect(typeName(edge.get('cursor')!.type), `${connection.name} cursor`).toBe('String!');
      expect(node, `${connection.name} node`).toBeDefined();
      expect(typeName(node!.type), `${connection.name} node`).not.toMatch(/^\[/);
    }
  });

  it('relay: every field that returns a connection takes first/after and last/before', () => {
    const fields = [...types.values()].flatMap((type) =>
      type.kind === 'OBJECT' ? type.fields.map((field) => ({ owner: type.name, field })) : [],
    );
    const connectionFields = fields.filter(({ field }) =>
      namedType(field.type).endsWith('Connection'),
    );

    expect(connectionFields.length).toBeGreaterThan(20);

    for (const { owner, field } of connectionFields) {
      const args = argsOf(field);
      const where = `${owner}.${field.name}`;

      expect(typeName(field.type), where).toMatch(/Connection!$/);
      expect(args.get('first'), where).toBe('Int');
      expect(args.get('after'), where).toBe('String');
      expect(args.get('last'), where).toBe('Int');
      expect(args.get('before'), where).toBe('String');
    }
  });
});

describe('relay: at run time', () => {
  let database: TestDatabase;
  let query: ReturnType<typeof graphClient>;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    await seedCustomers(database.handle.db, { customers: 5 });
    query = graphClient(database.handle.db);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('relay: a global id is opaque and refetches its object through node and nodes', async () => {
    const { customers } = dataOf(
      await query<{ customers: { nodes: { id: string; ref: string }[] } }>(
        '{ customers(first: 2) { nodes { id ref } } }',
      ),
    );
    const [first, second] = customers.nodes;

    expect(first!.id).not.toContain(first!.ref);
    expect(
      dataOf(
        await query(
          'query ($id: ID!, $ids: [ID!]!) { node(id: $id) { __typename id ... on Customer { ref } } nodes(ids: $ids) { id } }',
          { id: first!.id, ids: [second!.id, first!.id] },
        ),
      ),
    ).toEqual({
      node: { __typename: 'Customer', id: first!.id, ref: first!.ref },
      nodes: [{ id: second!.id }, { id: first!.id }],
    });
  });

  it('relay: cursors page forwards with first/after and backwards with last/before', async () => {
    type Page = {
      customers: {
        edges: { cursor: string; node: { ref: string } }[];
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string | null;
          endCursor: string | null;
        };
      };
    };
    const page = `query ($first: Int, $after: String, $last: Int, $before: String) {
      customers(first: $first, after: $after, last: $last, before: $before) {
        edges { cursor node { ref } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const one = dataOf(await query<Page>(page, { first: 2 })).customers;
    const two = dataOf(
      await query<Page>(page, { first: 2, after: one.pageInfo.endCursor }),
    ).customers;
    const back = dataOf(
      await query<Page>(page, { last: 2, before: two.pageInfo.startCursor }),
    ).customers;

    expect(one.edges.map((edge) => edge.node.ref)).toEqual(['C000001', 'C000002']);
    expect(one.pageInfo).toMatchObject({
      hasNextPage: true,
      startCursor: one.edges[0]!.cursor,
      endCursor: one.edges[1]!.cursor,
    });
    expect(two.edges.map((edge) => edge.node.ref)).toEqual(['C000003', 'C000004']);
    expect(two.pageInfo.hasNextPage).toBe(true);
    expect(back.edges.map((edge) => edge.node.ref)).toEqual(['C000001', 'C000002']);
    expect(back.pageInfo.hasPreviousPage).toBe(false);
  });
});
