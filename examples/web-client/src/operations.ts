/**
 * The operations this client sends, written where they are used, as a frontend team would.
 * `graphql()` (generated in `src/gql/`) gives each one its result and variable types, and its
 * SHA-256 for the persisted-documents manifest.
 */
import { graphql } from './gql/index.ts';

/** What a list shows of a customer; a fragment, so the list's component owns its fields. */
export const CustomerSummaryFragment = graphql(`
  fragment CustomerSummary on Customer {
    ref
    name
    sims {
      totalCount
    }
  }
`);

/** A page of customers, Relay style: follow `pageInfo.endCursor` while `hasNextPage`. */
export const CustomersPageQuery = graphql(`
  query CustomersPage($first: Int!, $after: String, $search: String) {
    customers(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...CustomerSummary
        }
      }
    }
  }
`);

/** One customer's page: its cards, lines and latest invoices. */
export const CustomerDetailQuery = graphql(`
  query CustomerDetail($ref: String!) {
    customer(ref: $ref) {
      id
      ref
      name
      sims(first: 10) {
        nodes {
          iccid
          msisdn
          status
        }
      }
      vgaLines(first: 10) {
        nodes {
          number
          status
        }
      }
      invoices(first: 3) {
        nodes {
          invoiceNumber
          invoiceDate
          amountExclTax
        }
      }
    }
  }
`);

/** The card behind a mobile number, in any spelling the server accepts. */
export const SimByNumberQuery = graphql(`
  query SimByNumber($msisdn: PhoneNumber!) {
    sim(msisdn: $msisdn) {
      id
      iccid
      status
      customer {
        ref
      }
    }
  }
`);
