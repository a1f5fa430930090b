/**
 * An error's message followed by its causes' (`Failed query: … ← relation "x" does not
 * exist`), without the query parameters, which may hold customer data.
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;

  while (current !== undefined && current !== null && parts.length < 5) {
    if (current instanceof Error) {
      parts.push(current.message.split('\nparams:')[0]!.replace(/\s+/g, ' ').trim());
      current = current.cause;
    } else {
      parts.push(String(current));
      current = undefined;
    }
  }

  return parts.join(' ← ');
}
