/** One request of an operation to a server, outside the load: its answer, canonical. */
import type { Operation, ServerName, Variables } from './operation.ts';

export async function ask(
  origin: string,
  server: ServerName,
  operation: Operation,
  variables: Variables,
): Promise<unknown> {
  const request = operation.request[server](variables);
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();

  if (!response.ok) {
    throw new Error(
      `${server} answered ${operation.name} with ${response.status}: ${text.slice(0, 600)}`,
    );
  }

  return operation.answer[server](JSON.parse(text));
}

/**
 * Fails unless every server gives the same answer as the first for `samples` picks of each
 * operation: the servers under load answer the same questions.
 */
export async function checkSameAnswers(
  origins: Record<ServerName, string>,
  operations: Operation[],
  pick: (operation: Operation) => Variables,
  samples: number,
): Promise<void> {
  const [first, ...others] = Object.keys(origins) as ServerName[];

  for (const operation of operations) {
    for (let sample = 0; sample < samples; sample += 1) {
      const variables = pick(operation);
      const expected = JSON.stringify(await ask(origins[first!], first!, operation, variables));

      for (const server of others) {
        const actual = JSON.stringify(await ask(origins[server], server, operation, variables));

        if (actual !== expected) {
          let at = 0;
          while (actual[at] === expected[at]) at += 1;
          const around = (text: string) => text.slice(Math.max(0, at - 300), at + 300);

          throw new Error(
            `${server} and ${first} answer ${operation.name} differently for ` +
              `${JSON.stringify(variables)}, from character ${at}:\n` +
              `${first}: …${around(expected)}\n${server}: …${around(actual)}`,
          );
        }
      }
    }
  }
}
