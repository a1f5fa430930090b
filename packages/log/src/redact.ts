/**
 * Field names whose values never reach a log line, whatever the level: credentials and the
 * secret codes of SIM cards. Matched at any depth of a logged object.
 */
export const REDACTED_KEYS = [
  'password',
  'passphrase',
  'privateKey',
  'token',
  'secret',
  'authorization',
  'apiKey',
  'pin1',
  'pin2',
  'puk1',
  'puk2',
  'pin',
  'puk',
] as const;

/** pino `redact` paths for the keys above, at the top level and up to two levels down. */
export function redactPaths(): string[] {
  return REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);
}
