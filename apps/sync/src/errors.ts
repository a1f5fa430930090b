/**
 * The sync's errors: one base class, subclasses for what a caller acts on. Source errors
 * (`sources/errors.ts`) are sync errors too.
 */
export class SyncError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
  }
}

/** Another sync holds the database's run lock; this one did not start. */
export class SyncBusyError extends SyncError {}

/** A file's content cannot be read as what its name says (an archive without one CSV). */
export class FileContentError extends SyncError {
  /** The file, relative to the drop's root. */
  readonly path: string;

  constructor(path: string, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.path = path;
  }
}
