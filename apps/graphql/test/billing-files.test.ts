import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphApp } from '../src/app.ts';
import { accessWith, keyFor, partnerKey } from './access-kit.ts';
import { dataOf, type GraphResult } from './graph.ts';
import { seedCustomers } from './seed.ts';
import { seedIntegratorRows } from './seed-integrator.ts';

type App = ReturnType<typeof createGraphApp>;

const FILES = `{
  documents { nodes { url kind customerRef name } }
  invoices { nodes { customerRef fileUrl pdf { url } } }
}`;

interface Files {
  documents: { nodes: { url: string; kind: string; customerRef: string | null; name: string }[] };
  invoices: { nodes: { customerRef: string; fileUrl: string | null; pdf: { url: string } }[] };
}

for (const kind of BACKENDS) {
  describe(`files (${kind})`, () => {
    let database: TestDatabase;
    let app: App;
    let frontend: Record<string, string>;
    let north: Record<string, string>;
    let files: Files;

    const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
      app.fetch(`http://graph.test${url}`, { method, headers });
    const urlOf = (customerRef: string | null) =>
      files.documents.nodes.find((file) => file.customerRef === customerRef)!.url;

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      const db = database.handle.db;
      await seedIntegratorRows(db, await seedCustomers(db, { customers: 2 }));
      app = createGraphApp({ db, access: accessWith() });
      frontend = await keyFor(db, { role: 'frontend' });
      north = await partnerKey(db, 'north', ['C000001']);

      const response = await app.fetch('http://graph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...frontend },
        body: JSON.stringify({ query: FILES }),
      });
      files = dataOf((await response.json()) as GraphResult<Files>);
    });

    afterAll(() => database?.drop());

    it('files: the graph gives each kept file a download URL, invoices their PDF', () => {
      expect(files.documents.nodes).toHaveLength(3);
      for (const file of files.documents.nodes) expect(file.url).toMatch(/^\/files\/\d+$/);
      for (const invoice of files.invoices.nodes) expect(invoice.fileUrl).toBe(invoice.pdf.url);
    });

    it('files: a caller allowed to read a file downloads its bytes, named', async () => {
      const response = await get(urlOf('C000001'), frontend);

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-length')).toBe('8');
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="FAC-202610-0001_C000001.pdf"; ' +
          "filename*=UTF-8''FAC-202610-0001_C000001.pdf",
      );
      expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('%PDF-1.4');

      const etag = response.headers.get('etag')!;
      expect((await get(urlOf('C000001'), { ...frontend, 'if-none-match': etag })).status).toBe(
        304,
      );
      const head = await get(urlOf('C000001'), frontend, 'HEAD');
      expect([head.status, await head.text()]).toEqual([200, '']);
    });

    it("files: a partner downloads its customers' files only; others are not found", async () => {
      const own = await get(urlOf('C000001'), north);
      const other = await get(urlOf('C000002'), north);
      const integrator = await get(urlOf(null), north);

      expect(own.status).toBe(200);
      for (const response of [other, integrator]) {
        expect(response.status).toBe(404);
        expect(((await response.json()) as GraphResult).errors?.[0]?.extensions?.code).toBe(
          'NOT_FOUND',
        );
      }
      expect((await get('/files/999999', frontend)).status).toBe(404);
    });

    it('files: no credential is a 401, another method a 405', async () => {
      const anonymous = await get(urlOf('C000001'));
      const posted = await get(urlOf('C000001'), frontend, 'POST');

      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
      expect(((await anonymous.json()) as GraphResult).errors?.[0]?.message).toContain(
        'needs a credential',
      );
      expect(posted.status).toBe(405);
      expect(posted.headers.get('allow')).toBe('GET, HEAD');
    });

    it('files: without credentials required (AUTH_MODE=open), anyone reads as frontend', async () => {
      const open = createGraphApp({
        db: database.handle.db,
        access: { mode: 'open', rateLimitPerMinute: 0 },
      });
      const response = await open.fetch(`http://graph.test${urlOf('C000002')}`);

      expect(response.status).toBe(200);
    });
  });
}
