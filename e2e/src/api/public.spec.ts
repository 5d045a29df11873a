import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphqlClient } from '../support/graphql-client.js';
import { csvRecords, parseCsv } from '../support/csv.js';
import {
  addAdoption,
  addLesson,
  addMunicipality,
  startPublicServer,
  type Municipality,
  type PublicServer,
} from '../support/public-server.js';

/**
 * Public lessons and open data over real HTTP, on the built server and web app, each on a
 * database of its own: the page HTML a link preview sees, 404 for what is not public, the CSV
 * and JSON exports parsed back, and a streamed export of 2000 lessons measured.
 */

const NASTY = `<script>alert("lk")</script> Bodø's "beste" & <b>fet</b>`;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

describe('public lesson pages and open data', () => {
  let s: PublicServer;
  let bodo: Municipality;
  let kinn: Municipality;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    s = await startPublicServer('public');
    bodo = await addMunicipality(s.sql, 'Bodø kommune', '1804');
    kinn = await addMunicipality(s.sql, 'Kinn kommune', '4602');
    ids.pub = await addLesson(s.sql, bodo);
    ids.nasty = await addLesson(s.sql, bodo, {
      title: NASTY,
      summary: `Om ${NASTY}, med komma, "sitat"\nog linjeskift`,
    });
    ids.network = await addLesson(s.sql, bodo, { reach: 'NETWORK', title: 'Bare i nettverket' });
    ids.organisation = await addLesson(s.sql, bodo, { reach: 'ORGANISATION', title: 'Bare i Bodø' });
    ids.draft = await addLesson(s.sql, bodo, { state: 'DRAFT', title: 'Utkast' });
    ids.withdrawn = await addLesson(s.sql, bodo, { state: 'WITHDRAWN', title: 'Trukket' });
    // Kinn tried the public lesson and shared its own result publicly; a second try still runs.
    const kinnExperiment = await addAdoption(s.sql, kinn, ids.pub, 'CONCLUDED');
    await addAdoption(s.sql, kinn, ids.pub, 'RUNNING');
    const [kinnLesson] = (
      await s.sql.query(
        `INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, version, title, experiment_state, result, created_by_id, published_at)
         VALUES ($1, $2, $3, 'PUBLISHED', 'PUBLIC', 1, 'Nattilsyn i Kinn', 'CONCLUDED', 'SUPPORTED', $4, now()) RETURNING id`,
        [kinn.id, kinn.unitId, kinnExperiment, kinn.personId],
      )
    ).rows;
    ids.kinn = kinnLesson.id;
  }, 120_000);

  afterAll(async () => {
    await s?.stop();
  });

  const publicIds = () => [ids.pub, ids.nasty, ids.kinn].sort();

  it('serves a public lesson’s HTML with its title, description and Open Graph tags, escaped', async () => {
    const res = await fetch(`${s.url}/offentlig/laerdommer/${ids.nasty}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-robots-tag')).toBeNull();
    const html = await res.text();
    const url = `${s.url}/offentlig/laerdommer/${ids.nasty}`;
    expect(html).toContain(`<title>${esc(NASTY)} – Bodø kommune – Lærekraft</title>`);
    expect(html).toMatch(
      new RegExp(
        `<meta name="description" content="Om ${esc(NASTY).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, med komma, &#34;sitat&#34; og linjeskift" />`,
      ),
    );
    expect(html).toContain(`<meta property="og:title" content="${esc(NASTY)} – Bodø kommune" />`);
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain(`<meta property="og:url" content="${url}" />`);
    expect(html).toContain('<meta property="og:locale" content="nb_NO" />');
    expect(html).toContain(`<link rel="canonical" href="${url}" />`);
    expect(html).toContain('href="/open/lessons.csv"');
    // Nothing the writer typed became markup: the only <script> elements are the app's and the JSON-LD.
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>fet</b>');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.every((t) => /type="(module|application\/ld\+json)"/.test(t))).toBe(true);
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]);
    expect(ld).toMatchObject({ '@type': 'Article', headline: NASTY, publisher: { name: 'Bodø kommune' } });
    // The app is still the built one, and the CSP as strict as on every page.
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('serves the list page with its own title and canonical URL', async () => {
    const res = await fetch(`${s.url}/offentlig/laerdommer`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<title>Lærdommer fra kommunene – Lærekraft</title>');
    expect(html).toContain(`<link rel="canonical" href="${s.url}/offentlig/laerdommer" />`);
  });

  it.each(['network', 'organisation', 'draft', 'withdrawn'])(
    'answers a %s lesson with 404, a plain page that is not indexed and says nothing of it',
    async (which) => {
      const res = await fetch(`${s.url}/offentlig/laerdommer/${ids[which]}`);
      const none = await fetch(`${s.url}/offentlig/laerdommer/00000000-0000-4000-8000-000000000000`);
      expect(res.status).toBe(404);
      expect(res.headers.get('x-robots-tag')).toBe('noindex');
      const html = await res.text();
      expect(html).toContain('<meta name="robots" content="noindex" />');
      expect(html).not.toMatch(/nettverket|Bare i Bodø|Utkast|Trukket|og:title/);
      expect(none.status).toBe(404);
      expect(await none.text()).toBe(html);
    },
  );

  it('marks the signed-in app’s pages noindex', async () => {
    const res = await fetch(`${s.url}/forsok`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
  });

  it('answers publicLesson without a session, NOT_FOUND for the rest, with no person’s name', async () => {
    const anonymous = new GraphqlClient(s.url);
    const ok = await anonymous.gql(
      `query($id: ID!) { publicLesson(id: $id) { title contactName organisation { name kommune }
        experimentSummary { learningCard { learned } } rollup { adoptions supported inProgress notShared } } }`,
      { id: ids.pub },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.publicLesson).toMatchObject({
      organisation: { name: 'Bodø kommune', kommune: 'Bodø' },
      rollup: { adoptions: 2, supported: 1, inProgress: 1, notShared: 0 },
    });
    expect(JSON.stringify(ok.body)).not.toContain('Hemmeligsen');
    for (const which of ['network', 'organisation', 'draft', 'withdrawn']) {
      const refused = await anonymous.gql(`query($id: ID!) { publicLesson(id: $id) { id } }`, {
        id: ids[which],
      });
      expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('exports exactly the public lessons as CSV, with the roll-up, the licence and no personal data', async () => {
    const res = await fetch(`${s.url}/open/lessons.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(res.headers.get('last-modified')).toBeTruthy();
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const records = csvRecords(text);
    expect(records.map((r) => r.id).sort()).toEqual(publicIds());
    const pub = records.find((r) => r.id === ids.pub)!;
    expect(pub).toMatchObject({
      title: 'Nattilsyn med sensor',
      organisation_name: 'Bodø kommune',
      kommune: 'Bodø',
      fylke: 'Nordland',
      result: 'SUPPORTED',
      actions: 'DARE | LEARN',
      rollup_adoptions: '2',
      rollup_organisations: '1',
      rollup_supported: '1',
      rollup_in_progress: '1',
      licence: 'NLOD-2.0',
      licence_url: 'https://data.norge.no/nlod/no/2.0',
      url: `${s.url}/offentlig/laerdommer/${ids.pub}`,
    });
    expect(records.find((r) => r.id === ids.nasty)!.summary).toBe(
      `Om ${NASTY}, med komma, "sitat"\nog linjeskift`,
    );
    expect(text).not.toMatch(/Hemmeligsen|@1804\.test|Internt forsøk/);
    const header = parseCsv(text)[0];
    expect(header).not.toContain('contact_name');
    // The documented fields are the exported fields (docs/open-data.md, "Fields").
    const doc = readFileSync(new URL('../../../docs/open-data.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-z_]+)` +\|/gm)].map((m) => m[1]);
    for (const name of header) expect(documented).toContain(name);

    const again = await fetch(`${s.url}/open/lessons.csv`, {
      headers: { 'if-none-match': res.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('exports the same lessons as one JSON array', async () => {
    const res = await fetch(`${s.url}/open/lessons.json`);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const records = (await res.json()) as Array<Record<string, unknown>>;
    expect(Array.isArray(records)).toBe(true);
    expect(records.map((r) => r.id).sort()).toEqual(publicIds());
    expect(records.find((r) => r.id === ids.pub)).toMatchObject({
      tags: ['velferdsteknologi'],
      sdgs: [3],
      baseline: 14,
      target: 7,
      measurements: [
        { measured_on: '2026-03-01', value: 14 },
        { measured_on: '2026-06-01', value: 9 },
      ],
      learning_card_learned: 'Sensorene må følges opp av en fast person',
      rollup_supported: 1,
      licence: 'NLOD-2.0',
    });
    expect(JSON.stringify(records)).not.toMatch(/Hemmeligsen|Internt forsøk/);
  });
});

describe('a large export streams', () => {
  const N = 2000;
  let s: PublicServer;

  beforeAll(async () => {
    s = await startPublicServer('publicbig');
    const o = await addMunicipality(s.sql, 'Bergen kommune', '4601');
    // 2000 public lessons in two statements, with texts of a realistic length (~2 kB each).
    await s.sql.query(
      `INSERT INTO experiments (organisation_id, unit_id, title, owner_id, state, result, version)
       SELECT $1, $2, 'Forsøk ' || g, $3, 'CONCLUDED', 'SUPPORTED', 1 FROM generate_series(1, ${N}) g`,
      [o.id, o.unitId, o.personId],
    );
    await s.sql.query(
      `INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, version, title, summary, what_worked,
                            experiment_state, result, created_by_id, published_at)
       SELECT e.organisation_id, e.unit_id, e.id, 'PUBLISHED', 'PUBLIC', 1, 'Lærdom ' || e.title,
              repeat('Hva vi lærte, med «sitat», komma og æøå. ', 25), repeat('Dette virket. ', 60),
              'CONCLUDED', 'SUPPORTED', $2, now() - (row_number() OVER ()) * interval '1 second'
         FROM experiments e WHERE e.organisation_id = $1`,
      [o.id, o.personId],
    );
  }, 120_000);

  afterAll(async () => {
    await s?.stop();
  });

  /** Resident memory of the server process, from /proc (Linux). */
  const rssMb = () => {
    const m = readFileSync(`/proc/${s.child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Number(m[1]) / 1024 : NaN;
  };

  it.each(['json', 'csv'])(
    `streams all ${N} lessons as %s in chunks, with memory bounded`,
    async (format) => {
      // Warm up (code paths, pool), then measure a fresh download.
      await (await fetch(`${s.url}/open/lessons.${format}`)).arrayBuffer();
      const before = rssMb();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 10);
      const start = performance.now();
      const res = await fetch(`${s.url}/open/lessons.${format}`);
      expect(res.headers.get('content-length')).toBeNull();
      expect(res.headers.get('transfer-encoding')).toBe('chunked');
      const reader = res.body!.getReader();
      const chunks: Uint8Array[] = [];
      let firstByteMs = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!chunks.length) firstByteMs = performance.now() - start;
        chunks.push(value);
      }
      const ms = performance.now() - start;
      clearInterval(sampler);
      const body = Buffer.concat(chunks).toString('utf8');
      const ids =
        format === 'json'
          ? (JSON.parse(body) as Array<{ id: string }>).map((r) => r.id)
          : csvRecords(body.slice(1)).map((r) => r.id);
      expect(ids).toHaveLength(N);
      expect(new Set(ids).size).toBe(N);
      const mb = Buffer.byteLength(body) / 1024 / 1024;
      process.stdout.write(
        `open data ${format}: ${N} lessons, ${mb.toFixed(1)} MB in ${Math.round(ms)} ms (first byte ${Math.round(firstByteMs)} ms), ` +
          `${chunks.length} chunks; server RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)})\n`,
      );
      expect(chunks.length).toBeGreaterThan(1);
      // Four batches of 500: the server holds one batch (~1 MB of rows), never the whole file.
      expect(peak - before).toBeLessThan(Math.max(60, mb * 4));
      expect(ms).toBeLessThan(20_000);
    },
  );
});
