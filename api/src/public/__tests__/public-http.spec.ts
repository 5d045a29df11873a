import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { LessonReach, LessonState } from '@laerekraft/shared';
import { loadConfig } from '../../core/config/config.js';
import { createServer } from '../../server.js';
import { createTestDataSource } from '../../testing/test-database.js';
import type { LessonEntity } from '../../lessons/lesson.entity.js';
import { CSV_FIELDS, OPEN_DATA_FIELDS } from '../open-data.fields.js';
import { lesson, municipality } from './public-fixtures.js';
import { parseCsv } from './parse-csv.js';

const NASTY = `<script>alert("x")</script> & 'sitat' "dobbelt"`;
const SHELL = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="UTF-8" />
    <title>Lærekraft</title>
  </head>
  <body><div id="root"></div><script type="module" src="/assets/index-abc.js"></script></body>
</html>
`;

const gql = (server: unknown, query: string, variables: Record<string, unknown> = {}) =>
  request(server as never)
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({ query, variables });

describe('public lessons over HTTP: GraphQL, page heads, open data (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;
  let server: unknown;
  let webDist: string;
  let pub: LessonEntity;
  let nasty: LessonEntity;
  let network: LessonEntity;
  let draft: LessonEntity;

  beforeAll(async () => {
    env = await createTestDataSource();
    const m = env.ds.manager;
    const bodo = await municipality(m, '1804', 'Bodø kommune');
    pub = await lesson(m, bodo, { summary: 'Færre oppvåkninger, bedre søvn.\nOg "sitat", komma.' });
    nasty = await lesson(m, bodo, { title: NASTY, summary: `Beskrivelse med ${NASTY}` });
    network = await lesson(m, bodo, { reach: LessonReach.NETWORK });
    draft = await lesson(m, bodo, { state: LessonState.DRAFT });
    webDist = mkdtempSync(path.join(os.tmpdir(), 'lk-public-web-'));
    writeFileSync(path.join(webDist, 'index.html'), SHELL);
    app = await createServer(
      { ...loadConfig({}), webDist, demo: false, publicUrl: 'https://laerekraft.example.no' },
      env.app,
    );
    await app.listen(0, '127.0.0.1');
    server = app.getHttpServer();
  });
  afterAll(async () => {
    await app.close();
    await env.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('answers publicLesson and publicLessons without a session, and NOT_FOUND for the rest', async () => {
    const res = await gql(
      server,
      `query($id: ID!) { publicLesson(id: $id) { id title organisation { name kommune } rollup { adoptions } }
         publicLessons(first: 10) { nodes { id } pageInfo { hasNextPage } } }`,
      { id: pub.id },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.publicLesson).toMatchObject({
      id: pub.id,
      organisation: { name: 'Bodø kommune', kommune: 'Bodø' },
    });
    expect(res.body.data.publicLessons.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [pub.id, nasty.id].sort(),
    );
    for (const id of [network.id, draft.id]) {
      const refused = await gql(server, `query($id: ID!) { publicLesson(id: $id) { id } }`, { id });
      expect(refused.body.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('writes the lesson into the page head, escaped: title, description, Open Graph, canonical, JSON-LD', async () => {
    const res = await request(server as never).get(`/offentlig/laerdommer/${nasty.id}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(res.headers['x-robots-tag']).toBeUndefined();
    const html = res.text;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain(`"dobbelt"`);
    const esc = '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;sitat&#39; &#34;dobbelt&#34;';
    expect(html).toContain(`<title>${esc} – Bodø kommune – Lærekraft</title>`);
    expect(html.match(/<title>/g)).toHaveLength(1);
    const url = `https://laerekraft.example.no/offentlig/laerdommer/${nasty.id}`;
    expect(html).toContain(`<meta property="og:title" content="${esc} – Bodø kommune" />`);
    expect(html).toContain(`<meta name="description" content="Beskrivelse med ${esc}" />`);
    expect(html).toContain(`<meta property="og:description" content="Beskrivelse med ${esc}" />`);
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain(`<meta property="og:url" content="${url}" />`);
    expect(html).toContain('<meta property="og:locale" content="nb_NO" />');
    expect(html).toContain(`<link rel="canonical" href="${url}" />`);
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]);
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: NASTY,
      url,
      license: 'https://data.norge.no/nlod/no/2.0',
    });
    // Still the app: its script is there, and the CSP is as strict as anywhere.
    expect(html).toContain('<script type="module" src="/assets/index-abc.js"></script>');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('gives the list page its own head', async () => {
    const res = await request(server as never).get('/offentlig/laerdommer');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Lærdommer fra kommunene – Lærekraft</title>');
    expect(res.text).toContain(
      '<link rel="canonical" href="https://laerekraft.example.no/offentlig/laerdommer" />',
    );
    expect(res.text).toContain('<meta property="og:type" content="website" />');
  });

  it.each([
    ['a network lesson', () => network.id],
    ['a draft', () => draft.id],
    ['no lesson', () => '00000000-0000-4000-8000-000000000000'],
    ['no uuid', () => 'finnes-ikke'],
  ])('answers %s with a plain 404 page that is not indexed', async (_what, id) => {
    const res = await request(server as never).get(`/offentlig/laerdommer/${id()}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(res.text).toContain('<meta name="robots" content="noindex" />');
    expect(res.text).toContain('Fant ikke lærdommen');
    expect(res.text).not.toContain('og:title');
    expect(res.text).not.toContain('Nattilsyn');
  });

  it('marks every other client route noindex', async () => {
    const res = await request(server as never).get('/ideer');
    expect(res.status).toBe(200);
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(res.text).toContain('<title>Lærekraft</title>');
  });

  it('serves open data as CSV: BOM, header, RFC 4180, exactly the public lessons, licence and roll-up', async () => {
    const res = await request(server as never)
      .get('/open/lessons.csv')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers.etag).toMatch(/^W\/"/);
    expect(res.headers['last-modified']).toBeDefined();
    const body = (res.body as Buffer).toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(body.slice(1));
    expect(header).toEqual(CSV_FIELDS.map((f) => f.name));
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(records.map((r) => r.id).sort()).toEqual([pub.id, nasty.id].sort());
    const p = records.find((r) => r.id === pub.id)!;
    expect(p).toMatchObject({
      summary: 'Færre oppvåkninger, bedre søvn.\nOg "sitat", komma.',
      url: `https://laerekraft.example.no/offentlig/laerdommer/${pub.id}`,
      kommune: 'Bodø',
      licence: 'NLOD-2.0',
      licence_url: 'https://data.norge.no/nlod/no/2.0',
      rollup_adoptions: '0',
      measurement_count: '2',
    });
    expect(records.find((r) => r.id === nasty.id)!.title).toBe(NASTY);
    // As fetch() sends it: with Cache-Control: no-cache, which must not defeat the tag.
    const again = await request(server as never)
      .get('/open/lessons.csv')
      .set('if-none-match', res.headers.etag)
      .set('cache-control', 'no-cache');
    expect(again.status).toBe(304);
    const since = await request(server as never)
      .get('/open/lessons.csv')
      .set('if-modified-since', res.headers['last-modified']);
    expect(since.status).toBe(304);
    const stale = await request(server as never)
      .get('/open/lessons.csv')
      .set('if-none-match', 'W/"old"');
    expect(stale.status).toBe(200);
  });

  it('serves open data as one JSON array with every documented field', async () => {
    const res = await request(server as never).get('/open/lessons.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const records = res.body as Array<Record<string, unknown>>;
    expect(records.map((r) => r.id).sort()).toEqual([pub.id, nasty.id].sort());
    for (const r of records) expect(Object.keys(r)).toEqual(OPEN_DATA_FIELDS.map((f) => f.name));
    const p = records.find((r) => r.id === pub.id)!;
    expect(p).toMatchObject({
      tags: ['velferdsteknologi'],
      sdgs: [3],
      measurements: [
        { measured_on: '2026-03-01', value: 14 },
        { measured_on: '2026-06-01', value: 12 },
      ],
      baseline: 14,
      rollup_supported: 0,
      licence: 'NLOD-2.0',
    });
    expect(JSON.stringify(records)).not.toMatch(/Etternavnsen|Hemmeligsen|Lekkasjesen|NOTAT|LOGGTEKST/);
  });

  it('changes the ETag when a lesson becomes public', async () => {
    const before = (await request(server as never).head('/open/lessons.json')).headers.etag;
    await env.ds.query(`UPDATE lessons SET reach = 'PUBLIC', updated_at = now() WHERE id = $1`, [network.id]);
    const after = (await request(server as never).head('/open/lessons.json')).headers.etag;
    expect(after).not.toBe(before);
    await env.ds.query(`UPDATE lessons SET reach = 'NETWORK', updated_at = now() WHERE id = $1`, [
      network.id,
    ]);
  });
});
