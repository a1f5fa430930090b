import { InvalidArgumentError } from 'commander';

/** A number of seconds from the command line, as milliseconds. */
export function parseSeconds(text: string): number {
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new InvalidArgumentError(`"${text}" is not a number of seconds (e.g. 10 or 0.5).`);
  }

  return Math.round(seconds * 1000);
}

/**
 * The settle time: `--settle` if given, else SYNC_SETTLE_SECONDS, else undefined (the
 * sync's default for the kind of source). A bad variable throws `InvalidArgumentError`.
 */
export function settleMsOf(flag: number | undefined, env = process.env): number | undefined {
  if (flag !== undefined) return flag;

  const variable = env.SYNC_SETTLE_SECONDS;
  if (variable === undefined || variable === '') return undefined;
  try {
    return parseSeconds(variable);
  } catch (error) {
    throw new InvalidArgumentError(`SYNC_SETTLE_SECONDS: ${(error as Error).message}`);
  }
}
