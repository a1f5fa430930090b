import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '@vnodrop/log';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { exportJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../src/access/api-keys.ts';
import { accessSettingsFromEnv } from '../src/config/index.ts';
import { accessWith, bearer, graphServer, one, token, type Send } from './access-kit.ts';
import { seedCustomers } from './seed.ts';

const CUSTOMERS = { query: '{ customers { totalCount } }' };

for (const kind of BACKENDS) {
  describe(`access (${kind})`, () => {
    let database: TestDatabase;
    let send: Send;

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      await seedCustomers(database.handle.db, { customers: 2 });
      send = graphServer(database.handle.db);
    });

    afterAll(() => database?.drop());

    it('access: no credential is a 401 that says what to send', async () => {
      const response = await send({ body: CUSTOMERS });

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(one(response.json).errors?.[0]).toMatchObject({
        message: expect.stringMatching(/needs a credential: send `Authorization: Bearer/),
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('access: an API key reads as its role, in either header; a wrong or revoked one is a 401', async () => {
      const db = database.handle.db;
      const { id, key } = await createApiKey(db, { role: 'frontend' });

      for (const headers of [bearer(key), { 'x-api-key': key }]) {
        const response = await send({ headers, body: CUSTOMERS });
        expect(response.status).toBe(200);
        expect(one(response.json).data).toEqual({ customers: { totalCount: 2 } });
      }

      const tampered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
      for (const credential of [tampered, 'vnd_0000000000000000_nope', 'Basic abc']) {
        const response = await send({ headers: bearer(credential), body: CUSTOMERS });
        expect(response.status, credential).toBe(401);
        expect(one(response.json).errors?.[0]?.message).toMatch(
          /unknown or revoked|not an API key|must read `Bearer/,
        );
      }

      await revokeApiKey(db, id);
      const revoked = await send({ headers: bearer(key), body: CUSTOMERS });
      expect(revoked.status).toBe(401);
      expect(JSON.stringify(revoked.json)).not.toContain(key);
    });

    it('access: an HS256 token names its role, partner and scopes; a bad one is a 401', async () => {
      const good = await token({ role: 'frontend', sub: 'app' });
      const response = await send({ headers: bearer(good), body: CUSTOMERS });
      expect(one(response.json).data).toEqual({ customers: { totalCount: 2 } });

      const refusals = {
        expired: await token({ role: 'frontend' }, undefined, '-1m'),
        'wrong secret': await token(
          { role: 'frontend' },
          'another secret of enough length, surely',
        ),
        'no role': await token({ sub: 'x' }),
        'partner without a name': await token({ role: 'partner' }),
        'not a JWT': 'abc.def.ghi',
      };
      for (const [why, credential] of Object.entries(refusals)) {
        const refused = await send({ headers: bearer(credential), body: CUSTOMERS });
        expect(refused.status, why).toBe(401);
        expect(one(refused.json).errors?.[0]?.extensions?.code, why).toBe('UNAUTHENTICATED');
      }
    });

    it('access: a token signed by a key of the JWKS file is accepted', async () => {
      const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
      const dir = await mkdtemp(path.join(tmpdir(), 'vnodrop-jwks-'));
      await writeFile(path.join(dir, 'jwks.json'), JSON.stringify({ keys: [jwk] }));
      const access = await accessSettingsFromEnv({ JWT_JWKS_FILE: path.join(dir, 'jwks.json') });
      const withJwks = graphServer(database.handle.db, { ...access, rateLimitPerMinute: 0 });
      const signed = await new SignJWT({ role: 'frontend' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setExpirationTime('5m')
        .sign(privateKey);

      const response = await withJwks({ headers: bearer(signed), body: CUSTOMERS });

      expect(one(response.json).data).toEqual({ customers: { totalCount: 2 } });
      expect(
        (await withJwks({ headers: bearer(await token({ role: 'frontend' })), body: CUSTOMERS }))
          .status,
      ).toBe(401);
    });

    it('access: AUTH_MODE=open reads without a credential as frontend, with a warning', async () => {
      const lines: string[] = [];
      const logger = createLogger({
        level: 'warn',
        destination: new Writable({
          write(chunk, _encoding, done) {
            lines.push(String(chunk));
            done();
          },
        }),
      });
      const open = graphServer(database.handle.db, accessWith({ mode: 'open' }), logger);

      expect(one((await open({ body: CUSTOMERS })).json).data).toEqual({
        customers: { totalCount: 2 },
      });
      expect(lines.join('')).toMatch(/AUTH_MODE=open/);
      expect(
        (await open({ headers: bearer('vnd_0000000000000000_x'), body: CUSTOMERS })).status,
      ).toBe(401);
    });

    it('access: a credential past its requests per minute is answered 429, others are not', async () => {
      const limited = graphServer(database.handle.db, accessWith({ rateLimitPerMinute: 3 }));
      const first = bearer((await createApiKey(database.handle.db, { role: 'frontend' })).key);
      const second = bearer((await createApiKey(database.handle.db, { role: 'frontend' })).key);

      for (let n = 0; n < 3; n += 1) {
        expect((await limited({ headers: first, body: CUSTOMERS })).status).toBe(200);
      }
      const refused = await limited({ headers: first, body: CUSTOMERS });

      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(one(refused.json).errors?.[0]).toMatchObject({
        message: expect.stringMatching(/Too many requests: this credential may send 3 per minute/),
        extensions: { code: 'RATE_LIMITED' },
      });
      expect((await limited({ headers: second, body: CUSTOMERS })).status).toBe(200);
    });
  });
}

describe('access: settings', () => {
  it('access: the environment sets the mode and limits, and a bad value names its variable', async () => {
    const settings = await accessSettingsFromEnv({
      AUTH_MODE: 'open',
      JWT_SECRET: 's',
      RATE_LIMIT_PER_MINUTE: '60',
      GRAPHQL_MAX_ALIASES: '5',
    });

    expect(settings).toMatchObject({
      mode: 'open',
      jwt: { secret: 's' },
      rateLimitPerMinute: 60,
      limits: { maxAliases: 5, maxDepth: 12 },
    });
    expect((await accessSettingsFromEnv({})).mode).toBe('required');
    await expect(accessSettingsFromEnv({ AUTH_MODE: 'off' })).rejects.toThrow(/AUTH_MODE/);
    await expect(accessSettingsFromEnv({ GRAPHQL_MAX_DEPTH: 'ten' })).rejects.toThrow(
      /GRAPHQL_MAX_DEPTH: expected a whole number/,
    );
  });
});
