/**
 * Errors written for the graph's clients. Masking stays on (see `server.ts`): any other error a
 * resolver throws reaches the client as "Unexpected error." and is logged once, in full.
 */
import { GraphQLError } from 'graphql';

export interface ClientErrorOptions {
  /** A stable machine-readable code, in `extensions.code`. */
  code?: string;
  /** Extra facts a client can act on, in `extensions`. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/**
 * An error whose message is meant for the caller: it says what was wrong with the request and
 * how to ask again. Only errors of this class (and GraphQL's own validation errors) are shown.
 */
export class ClientError extends GraphQLError {
  constructor(message: string, options: ClientErrorOptions = {}) {
    super(message, {
      extensions: { code: options.code ?? 'BAD_REQUEST', ...options.details },
    });
    this.name = 'ClientError';

    // Kept off `originalError`: the error masking treats an error with a non-GraphQL origin
    // as unexpected, and this one is expected.
    if (options.cause !== undefined) {
      Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false });
    }
  }
}

/** An argument the graph cannot use: a malformed value, or a missing one. */
export class InvalidArgumentError extends ClientError {
  readonly argument: string;

  constructor(argument: string, message: string, options: Omit<ClientErrorOptions, 'code'> = {}) {
    super(message, { ...options, code: 'BAD_USER_INPUT', details: { argument } });
    this.name = 'InvalidArgumentError';
    this.argument = argument;
  }
}

/** A page asked for more rows than a connection hands out at once. */
export class PageSizeError extends ClientError {
  readonly requested: number;
  readonly maximum: number;

  constructor(argument: 'first' | 'last', requested: number, maximum: number) {
    super(
      `\`${argument}: ${requested}\` asks for more than the ${maximum} rows a page may hold; ` +
        `ask for at most ${maximum} and follow \`pageInfo.endCursor\` for the rest.`,
      { code: 'PAGE_SIZE_TOO_LARGE', details: { argument, requested, maximum } },
    );
    this.name = 'PageSizeError';
    this.requested = requested;
    this.maximum = maximum;
  }
}
