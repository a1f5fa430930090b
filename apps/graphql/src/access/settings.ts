/**
 * How the server admits and limits callers, and the defaults every entry point gets. The
 * values are read and checked with every other setting in `src/config/` (see the README's
 * configuration table).
 */
import type { AuthMode } from './authenticate.ts';
import type { JwtOptions } from './jwt.ts';

export interface Limits {
  /** Deepest selection. */
  maxDepth: number;
  /** Aliases in one document. */
  maxAliases: number;
  /** Cost (see `complexity.ts`) of one operation of an admin or frontend caller. */
  maxCost: number;
  /** Cost of one operation of a partner. */
  partnerMaxCost: number;
  /** Operations in one batched request. */
  maxBatch: number;
  /** Bytes of a request body. */
  maxBodyBytes: number;
  /** Longest a SQL statement of a request may run (PostgreSQL); 0 for no limit. */
  statementTimeoutMs: number;
}

export interface AccessSettings {
  mode: AuthMode;
  jwt: JwtOptions;
  /** Requests per minute per credential; 0 for no limit. */
  rateLimitPerMinute: number;
  limits: Limits;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 5_000_000,
  partnerMaxCost: 250_000,
  maxBatch: 10,
  maxBodyBytes: 100_000,
  statementTimeoutMs: 15_000,
};

export const DEFAULT_ACCESS: AccessSettings = {
  mode: 'required',
  jwt: {},
  rateLimitPerMinute: 600,
  limits: DEFAULT_LIMITS,
};

/** One setting that is wrong, and why. */
export interface SettingProblem {
  /** The setting's name: its environment variable, or its key in the configuration file. */
  readonly setting: string;
  readonly message: string;
}

/**
 * Settings that cannot be used as given, each named with what was expected and what was
 * found: `PORT: expected an integer between 1 and 65535, got "abc"`.
 */
export class SettingsError extends Error {
  readonly problems: readonly SettingProblem[];

  constructor(problems: SettingProblem | readonly SettingProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems as SettingProblem];

    super(list.map((problem) => `${problem.setting}: ${problem.message}`).join('\n'));
    this.name = 'SettingsError';
    this.problems = list;
  }

  /** The first setting at fault. */
  get variable(): string {
    return this.problems[0]?.setting ?? '';
  }
}
