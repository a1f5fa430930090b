/**
 * Errors that cross from a worker thread: structured cloning keeps neither their class nor
 * their fields, and the sync acts on both (a `SchemaError` rejects a file, a `SyncError` fails
 * it; the message names the file, line and column). They travel as plain data and are made
 * again, of the same class, with the same message, fields and causes.
 */
import {
  CellError,
  CsvSyntaxError,
  DuplicateColumnError,
  MissingColumnError,
  SchemaError,
  SourceReadError,
} from '@vnodrop/schemas';
import { FileContentError, SyncError } from '../errors.ts';

export interface TransportedError {
  readonly className: string;
  readonly message: string;
  readonly stack: string | undefined;
  /** Own fields of plain values (`file`, `line`, `columns`, `name`…). */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly cause: TransportedError | string | undefined;
}

const CLASSES: Readonly<Record<string, new (...args: never[]) => Error>> = {
  SchemaError,
  CellError,
  MissingColumnError,
  DuplicateColumnError,
  CsvSyntaxError,
  SourceReadError,
  SyncError,
  FileContentError,
};

/** Causes followed at most this deep. */
const DEPTH = 5;

export function transportError(error: unknown, depth = 0): TransportedError | string {
  if (!(error instanceof Error)) return String(error);

  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key !== 'cause' && isPlain(value)) fields[key] = value;
  }
  const cause = error.cause === undefined || depth >= DEPTH ? undefined : error.cause;

  return {
    className: classNameOf(error),
    message: error.message,
    stack: error.stack,
    fields,
    cause: cause === undefined ? undefined : transportError(cause, depth + 1),
  };
}

export function receiveError(transported: TransportedError | string): Error {
  if (typeof transported === 'string') return new Error(transported);

  const Class = CLASSES[transported.className] ?? Error;
  const error = Object.create(Class.prototype) as Error;
  Object.defineProperty(error, 'message', { value: transported.message, writable: true });
  Object.defineProperty(error, 'stack', { value: transported.stack, writable: true });
  if (transported.cause !== undefined) {
    Object.defineProperty(error, 'cause', {
      value: receiveError(transported.cause),
      writable: true,
    });
  }

  return Object.assign(error, transported.fields);
}

/** The nearest class of ours the error is an instance of, or `Error`. */
function classNameOf(error: Error): string {
  for (let proto = Object.getPrototypeOf(error); proto; proto = Object.getPrototypeOf(proto)) {
    const name = (proto as { constructor?: { name?: string } }).constructor?.name;
    if (name && CLASSES[name]?.prototype === proto) return name;
  }
  return 'Error';
}

function isPlain(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isPlain);
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
