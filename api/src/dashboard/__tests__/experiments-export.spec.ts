import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { Logger } from 'typeorm';
import { loadConfig } from '../../core/config/config.js';
import { createServer } from '../../server.js';
import { buildOrganisation, makeOrganisationWithPerson } from '../../testing/fixtures.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { signedInAgent } from '../../testing/http.js';
import { parseCsv } from '../../public/__tests__/parse-csv.js';
import { EXPORT_BATCH, EXPORT_COLUMNS } from '../experiments-export.js';

class Statements implements Logger {
  queries: string[] = [];
  logQuery(q: string) {
    this.queries.push(q.replace(/\s+/g, ' ').slice(0, 60));
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const N = EXPORT_BATCH * 2 + 300;

/**
 * `GET /export/experiments.csv` over real HTTP as the app role: every experiment once across
 * keyset batches (many with the same created_at), newest first, in one READ ONLY transaction;
 * a manager's units only; formulas defused; 403 and 401 for the others.
 */
describe('the experiments export (real HTTP, real PostgreSQL, RLS on)', () => {
  const logger = new Statements();
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;
  const agents: Record<'lead' | 'manager' | 'employee', ReturnType<typeof request.agent>> = {} as never;

  beforeAll(async () => {
    env = await createTestDataSource({ logger });
    const m = env.ds.manager;
    o = await buildOrganisation(m);
    const other = await makeOrganisationWithPerson(m);
    // N experiments in four units, in groups of 7 sharing one created_at (the keyset's tie-break),
    // loaded as the scale generator does: triggers off, then the aggregates rebuilt set-based.
    const qr = env.ds.createQueryRunner();
    await qr.startTransaction();
    await qr.query(`SET LOCAL session_replication_role = replica`);
    await qr.query(
      `INSERT INTO experiments (organisation_id, unit_id, title, owner_id, state, version, created_at, actions, sdgs, hours, nok)
       SELECT $1, (ARRAY[$2, $3, $4, $5]::uuid[])[1 + g % 4], 'Forsøk ' || g, $6, 'PLANNED', 1,
              timestamptz '2026-01-01 08:00+00' + (g / 7) * interval '1 hour', ARRAY['DARE', 'LEARN'], ARRAY[3, 11]::smallint[], 2.5, 1000
         FROM generate_series(1, $7::int) g`,
      [o.org.id, o.units.team, o.units.department, o.units.sector, o.units.other, o.employee.personId, N - 1],
    );
    await qr.commitTransaction();
    await qr.release();
    await m.query(`SELECT app_portfolio_rebuild()`);
    await m.query(
      `INSERT INTO experiments (organisation_id, unit_id, title, owner_id, state, version, acceptable_loss)
       VALUES ($1, $2, '=HYPERLINK("http://x.example","klikk")', $3, 'PLANNED', 1, '-2 uker')`,
      [o.org.id, o.units.team, o.employee.personId],
    );
    // Another organisation's experiment, which no one here sees.
    const otherUnit = await m.query(
      `INSERT INTO units (organisation_id, name, version) VALUES ($1, 'Annen', 1) RETURNING id`,
      [other.org.id],
    );
    await m.query(
      `INSERT INTO experiments (organisation_id, unit_id, title, owner_id, state, version) VALUES ($1, $2, 'Annet', $3, 'PLANNED', 1)`,
      [other.org.id, otherUnit[0].id, other.person.id],
    );
    app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: false }, env.app);
    await app.listen(0, '127.0.0.1');
    agents.lead = await signedInAgent(app, m, o.lead.personId);
    agents.manager = await signedInAgent(app, m, o.teamManager.personId);
    agents.employee = await signedInAgent(app, m, o.employee.personId);
  });
  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  const csv = async (agent: ReturnType<typeof request.agent>) => {
    const res = await agent
      .get('/export/experiments.csv')
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => done(null, text));
      });
    return { res, text: res.body as string };
  };

  it('the innovation lead: every experiment once, newest first, across batches, in one READ ONLY transaction', async () => {
    logger.queries = [];
    const { res, text } = await csv(agents.lead);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toBe('attachment; filename="laerekraft-forsok.csv"');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(EXPORT_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(N);
    expect(new Set(rows.map((r) => r[0])).size).toBe(N);
    expect(rows.some((r) => r[1] === 'Annet')).toBe(false);
    // The newest first: the one without an explicit created_at (now), then hour by hour back.
    expect(rows[0]![1]).toBe(`'=HYPERLINK("http://x.example","klikk")`);
    expect(rows[0]![header!.indexOf('acceptable_loss')]).toBe(`'-2 uker`);
    // Then hour by hour back (seven to an hour, in id order within one).
    const hours = rows.slice(1).map((r) => Math.floor(Number(r[1]!.replace('Forsøk ', '')) / 7));
    expect(hours).toEqual([...hours].sort((x, y) => y - x));
    expect(hours[0]).toBe(Math.floor((N - 1) / 7));
    const lastHour = rows
      .slice(1, 8)
      .filter((_, i) => hours[i] === hours[0])
      .map((r) => r[0]!);
    expect(lastHour).toEqual([...lastHour].sort().reverse());
    const sample = rows.find((r) => r[1] === 'Forsøk 1')!;
    expect(sample[header!.indexOf('actions')]).toBe('DARE | LEARN');
    expect(sample[header!.indexOf('sdgs')]).toBe('3 | 11');
    expect(sample[header!.indexOf('hours')]).toBe('2.5');
    expect(sample[header!.indexOf('created_on')]).toBe('2026-01-01');
    // START, the session lookup, three batches, COMMIT.
    expect(logger.queries[0]).toBe('START TRANSACTION READ ONLY');
    expect(logger.queries[1]).toMatch(/^SELECT \* FROM app_session_actor/);
    expect(logger.queries.filter((q) => q.startsWith('WITH page'))).toHaveLength(3);
    expect(logger.queries.at(-1)).toBe('COMMIT');
    expect(logger.queries).toHaveLength(6);
  });

  it('a manager: their unit and below only; an employee 403; no session 401', async () => {
    const { res, text } = await csv(agents.manager);
    expect(res.status).toBe(200);
    const [, ...rows] = parseCsv(text.slice(1));
    // The team unit got every fourth experiment (g % 4 = 0), and the one with the formula.
    expect(rows).toHaveLength(Math.floor((N - 1) / 4) + 1);
    const employee = await agents.employee.get('/export/experiments.csv');
    expect(employee.status).toBe(403);
    expect(employee.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await request(app.getHttpServer()).get('/export/experiments.csv');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
