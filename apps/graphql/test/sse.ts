/**
 * A subscription as a client opens it: a POST that accepts `text/event-stream`, whose events
 * (GraphQL over SSE, distinct connections) are read one at a time.
 */
import type { GraphResult } from './graph.ts';

type App = { fetch(url: string, init: RequestInit): Promise<Response> | Response };

export interface EventStream {
  readonly status: number;
  /** The data of the next `next` event; throws when none comes within `timeoutMs`. */
  next(timeoutMs?: number): Promise<GraphResult>;
  close(): Promise<void>;
}

export async function openEvents(
  app: App,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<EventStream> {
  const response = await app.fetch('http://graph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify(body),
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';

  const nextBlock = async (): Promise<string> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return block;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error(`the event stream ended; left unread: ${buffer}`);
      buffer += value;
    }
  };

  const nextEvent = async (): Promise<GraphResult> => {
    for (;;) {
      const lines = (await nextBlock()).split('\n');
      const event = lines
        .find((line) => line.startsWith('event:'))
        ?.slice(6)
        .trim();
      const data = lines
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trim())
        .join('\n');
      if (event === 'complete') throw new Error('the subscription completed');
      if (data) return JSON.parse(data) as GraphResult;
    }
  };

  return {
    status: response.status,
    next(timeoutMs = 30_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
      });

      return Promise.race([nextEvent(), timeout]).finally(() => clearTimeout(timer));
    },
    close: () => reader.cancel(),
  };
}
