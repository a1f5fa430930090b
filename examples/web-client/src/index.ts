/**
 * What a screen of a frontend does with the client: every customer, page by page, then one
 * customer's detail (`pnpm --filter @vnodrop/example-web-client start`, see the README).
 */
import { createClient, type Execute } from './client.ts';
import type { CustomersPageQuery as CustomersPage } from './gql/graphql.ts';
import { readFragment } from './gql/index.ts';
import { CustomerDetailQuery, CustomersPageQuery, CustomerSummaryFragment } from './operations.ts';

/** Every customer's summary, following the Relay cursors. */
export async function* allCustomers(execute: Execute, pageSize = 50) {
  let after: string | null = null;

  do {
    const { customers }: CustomersPage = await execute(CustomersPageQuery, {
      first: pageSize,
      after,
    });

    for (const edge of customers.edges) {
      yield readFragment(CustomerSummaryFragment, edge.node);
    }

    after = customers.pageInfo.hasNextPage ? customers.pageInfo.endCursor : null;
  } while (after);
}

export async function main(env: NodeJS.ProcessEnv = process.env) {
  const execute = createClient({
    url: env.VNODROP_URL ?? 'http://127.0.0.1:4000/graphql',
    credential: env.VNODROP_KEY,
    send: env.VNODROP_SEND === 'text' ? 'text' : 'persisted',
  });
  let first: string | undefined;

  for await (const customer of allCustomers(execute, 20)) {
    first ??= customer.ref;
    process.stdout.write(
      `${customer.ref}  ${customer.name ?? '-'}  ${customer.sims.totalCount} SIM(s)\n`,
    );
  }

  if (first) {
    const { customer } = await execute(CustomerDetailQuery, { ref: first });
    process.stdout.write(`\n${JSON.stringify(customer, null, 2)}\n`);
  }
}
