/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CustomerSummary on Customer {\n    ref\n    name\n    sims {\n      totalCount\n    }\n  }\n": typeof types.CustomerSummaryFragmentDoc,
    "\n  query CustomersPage($first: Int!, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n": typeof types.CustomersPageDocument,
    "\n  query CustomerDetail($ref: String!) {\n    customer(ref: $ref) {\n      id\n      ref\n      name\n      sims(first: 10) {\n        nodes {\n          iccid\n          msisdn\n          status\n        }\n      }\n      vgaLines(first: 10) {\n        nodes {\n          number\n          status\n        }\n      }\n      invoices(first: 3) {\n        nodes {\n          invoiceNumber\n          invoiceDate\n          amountExclTax\n        }\n      }\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  query SimByNumber($msisdn: PhoneNumber!) {\n    sim(msisdn: $msisdn) {\n      id\n      iccid\n      status\n      customer {\n        ref\n      }\n    }\n  }\n": typeof types.SimByNumberDocument,
};
const documents: Documents = {
    "\n  fragment CustomerSummary on Customer {\n    ref\n    name\n    sims {\n      totalCount\n    }\n  }\n": types.CustomerSummaryFragmentDoc,
    "\n  query CustomersPage($first: Int!, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n": types.CustomersPageDocument,
    "\n  query CustomerDetail($ref: String!) {\n    customer(ref: $ref) {\n      id\n      ref\n      name\n      sims(first: 10) {\n        nodes {\n          iccid\n          msisdn\n          status\n        }\n      }\n      vgaLines(first: 10) {\n        nodes {\n          number\n          status\n        }\n      }\n      invoices(first: 3) {\n        nodes {\n          invoiceNumber\n          invoiceDate\n          amountExclTax\n        }\n      }\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  query SimByNumber($msisdn: PhoneNumber!) {\n    sim(msisdn: $msisdn) {\n      id\n      iccid\n      status\n      customer {\n        ref\n      }\n    }\n  }\n": types.SimByNumberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerSummary on Customer {\n    ref\n    name\n    sims {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerSummary on Customer {\n    ref\n    name\n    sims {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersPage($first: Int!, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersPage($first: Int!, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($ref: String!) {\n    customer(ref: $ref) {\n      id\n      ref\n      name\n      sims(first: 10) {\n        nodes {\n          iccid\n          msisdn\n          status\n        }\n      }\n      vgaLines(first: 10) {\n        nodes {\n          number\n          status\n        }\n      }\n      invoices(first: 3) {\n        nodes {\n          invoiceNumber\n          invoiceDate\n          amountExclTax\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetail($ref: String!) {\n    customer(ref: $ref) {\n      id\n      ref\n      name\n      sims(first: 10) {\n        nodes {\n          iccid\n          msisdn\n          status\n        }\n      }\n      vgaLines(first: 10) {\n        nodes {\n          number\n          status\n        }\n      }\n      invoices(first: 3) {\n        nodes {\n          invoiceNumber\n          invoiceDate\n          amountExclTax\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimByNumber($msisdn: PhoneNumber!) {\n    sim(msisdn: $msisdn) {\n      id\n      iccid\n      status\n      customer {\n        ref\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimByNumber($msisdn: PhoneNumber!) {\n    sim(msisdn: $msisdn) {\n      id\n      iccid\n      status\n      customer {\n        ref\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;