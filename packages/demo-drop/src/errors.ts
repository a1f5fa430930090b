/** The one base class of this package's errors. */
export class DemoDropError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An option the generator cannot work with; says which and what it accepts. */
export class DemoDropOptionError extends DemoDropError {
  constructor(
    readonly option: string,
    readonly value: unknown,
    expected: string,
  ) {
    super(`Option ${option} is ${JSON.stringify(value)}; it must be ${expected}.`);
  }
}

/** A file of the drop could not be written; carries its path. */
export class DemoDropWriteError extends DemoDropError {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Could not write ${path} (${reason}); check the folder exists and is writable.`, {
      cause,
    });
  }
}
