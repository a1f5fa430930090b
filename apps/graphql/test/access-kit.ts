/**
 * Helpers of the access tests: an application with credentials required, keys of each role,
 * signed tokens, persisted operations, and requests as a client would send them.
 */
import type { Database } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { SignJWT } from 'jose';
import { createApiKey, type NewApiKey } from '../src/access/api-keys.ts';
import { grantCustomers } from '../src/access/grants.ts';
import { operationHash, registerOperations } from '../src/access/persisted-operations.ts';
import { DEFAULT_ACCESS, type AccessSettings } from '../src/access/settings.ts';
import { createGraphApp } from '../src/app.ts';
import { schema } from '../src/schema.ts';
import type { GraphResult } from './graph.ts';

export const JWT_SECRET = 'a shared secret of the access tests, long enough for HS256';

export type Access = Partial<AccessSettings>;

/** Credentials required, HS256 tokens accepted, no rate limit unless asked for. */
export function accessWith(access: Access = {}): Access {
  return { ...DEFAULT_ACCESS, jwt: { secret: JWT_SECRET }, rateLimitPerMinute: 0, ...access };
}

export interface Request {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A JSON body (POST), or query-string parameters (GET). */
  body?: unknown;
}

export function graphServer(db: Database, access: Access = accessWith(), logger?: Logger) {
  const app = createGraphApp({ db, access, ...(logger ? { logger } : {}) });

  return async function send<TData = Record<string, unknown>>({
    method = 'POST',
    headers = {},
    body,
  }: Request) {
    const url = new URL('http://graph.test/graphql');

    if (method === 'GET') {
      for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
        url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
      }
    }

    const response = await app.fetch(url, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      ...(method === 'POST'
        ? { body: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    });

    return {
      status: response.status,
      headers: response.headers,
      json: (await response.json()) as GraphResult<TData> | GraphResult<TData>[],
    };
  };
}

export type Send = ReturnType<typeof graphServer>;

/** A single (not batched) result. */
export function one<TData>(json: GraphResult<TData> | GraphResult<TData>[]): GraphResult<TData> {
  if (Array.isArray(json)) {
    throw new Error(`expected one result, got a batch: ${JSON.stringify(json)}`);
  }

  return json;
}

export function bearer(credential: string) {
  return { authorization: `Bearer ${credential}` };
}

export async function keyFor(db: Database, spec: NewApiKey): Promise<Record<string, string>> {
  return bearer((await createApiKey(db, spec)).key);
}

export async function partnerKey(db: Database, partner: string, customerIds: string[]) {
  await grantCustomers(db, partner, customerIds);

  return keyFor(db, { role: 'partner', partner });
}

export async function token(claims: Record<string, unknown>, secret = JWT_SECRET, expires = '5m') {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
}

/** Registers `document` for everyone (or `owner`); returns its hash. */
export async function persist(db: Database, document: string, owner: string | null = null) {
  await registerOperations(db, schema, [{ origin: 'test', document }], owner);

  return operationHash(document);
}

/** The body of a request by hash, Apollo's way. */
export function byHash(hash: string, variables: Record<string, unknown> = {}) {
  return { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables };
}

/** Sends `document` as a partner would: registered, then by hash. */
export function persistedClient(db: Database, send: Send, headers: Record<string, string>) {
  return async function query<TData = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphResult<TData>> {
    const hash = await persist(db, document);

    return one((await send<TData>({ headers, body: byHash(hash, variables) })).json);
  };
}
