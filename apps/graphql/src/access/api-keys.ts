/**
 * API keys: `vnd_<id>_<secret>`, 16 hex digits of id by which the key is found and 32 random
 * bytes of secret. Only the SHA-256 of the whole key is stored: the key is shown once, when it
 * is created, and cannot be read back.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { apiKeys, type Database } from '@vnodrop/db';
import { asc, eq, isNull, and } from 'drizzle-orm';
import { type AccessRole, type Scope } from './principal.ts';

const KEY_PATTERN = /^vnd_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** True when a credential has the shape of an API key (as opposed to a JWT). */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith('vnd_');
}

/** The id of a well-formed key; null for anything else. */
export function apiKeyId(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Whether `key` is the key whose hash is `keyHash`, in time that does not depend on where they differ. */
export function matchesHash(key: string, keyHash: string): boolean {
  const actual = Buffer.from(hashApiKey(key), 'hex');
  const expected = Buffer.from(keyHash, 'hex');

  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export interface NewApiKey {
  role: AccessRole;
  partner?: string | null;
  scopes?: readonly Scope[];
  label?: string | null;
}

export interface CreatedApiKey {
  id: string;
  /** The key itself: show it once, it is not stored. */
  key: string;
}

export async function createApiKey(db: Database, spec: NewApiKey): Promise<CreatedApiKey> {
  const id = randomBytes(8).toString('hex');
  const key = `vnd_${id}_${randomBytes(32).toString('base64url')}`;

  await db.insert(apiKeys).values({
    id,
    keyHash: hashApiKey(key),
    role: spec.role,
    partner: spec.role === 'partner' ? (spec.partner ?? null) : null,
    scopes: [...(spec.scopes ?? [])],
    label: spec.label ?? null,
  });

  return { id, key };
}

export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** Every key, revoked ones included, oldest first. Hashes are left out. */
export async function listApiKeys(db: Database): Promise<Omit<ApiKeyRow, 'keyHash'>[]> {
  const rows = await db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));

  return rows.map(({ keyHash: _hash, ...row }) => row);
}

/** Revokes a key; false when no key that is not already revoked has this id. */
export async function revokeApiKey(db: Database, id: string): Promise<boolean> {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });

  return revoked.length > 0;
}

/** The key with this id, unless revoked. */
export async function findActiveApiKey(db: Database, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));

  return row;
}
