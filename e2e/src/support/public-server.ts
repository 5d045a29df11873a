import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { newDatabase } from './databases.js';
import { freePort, spawnServer, stopServer, waitForReady } from './server.js';

/**
 * A built server of its own on a database of its own (no demo data), for the public pages and
 * open data: the tests decide exactly which lessons exist, and the run's shared database and
 * its demo lessons stay as the other journeys expect them. `sql` is the superuser on that database.
 */
export interface PublicServer {
  url: string;
  child: ChildProcess;
  sql: pg.Client;
  stop(): Promise<void>;
}

export async function startPublicServer(prefix: string): Promise<PublicServer> {
  const db = await newDatabase(prefix);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(mkdtempSync(path.join(os.tmpdir(), `laerekraft-e2e-${prefix}-`)), 'server.log');
  const child = spawnServer(
    {
      DATABASE_URL: db.DATABASE_URL,
      MIGRATION_DATABASE_URL: db.MIGRATION_DATABASE_URL,
      DEMO: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    logFile,
  );
  await waitForReady(child, `${url}/health/ready`, logFile, 60_000);
  const sql = new pg.Client({ connectionString: db.admin });
  await sql.connect();
  return {
    url,
    child,
    sql,
    async stop() {
      await sql.end();
      await stopServer(child);
      rmSync(path.dirname(logFile), { recursive: true, force: true });
    },
  };
}

let seq = 0;

/** A municipality with a unit and a named person (whose name must never reach the public). */
export async function addMunicipality(sql: pg.Client, name: string, kommunenummer: string) {
  seq++;
  const [org] = (
    await sql.query(
      `INSERT INTO organisations (kind, name, organisation_number, kommunenummer) VALUES ('KOMMUNE', $1, $2, $3) RETURNING id`,
      [name, String(964900000 + seq), kommunenummer],
    )
  ).rows;
  const [unit] = (
    await sql.query(
      `INSERT INTO units (organisation_id, name, version) VALUES ($1, 'Helse og omsorg', 1) RETURNING id`,
      [org.id],
    )
  ).rows;
  const personName = `Ola Hemmeligsen ${seq}`;
  const [person] = (
    await sql.query(
      `INSERT INTO persons (organisation_id, email, name, locale) VALUES ($1, $2, $3, 'nb') RETURNING id`,
      [org.id, `ola${seq}.${Date.now()}@${kommunenummer}.test`, personName],
    )
  ).rows;
  return { id: org.id as string, unitId: unit.id as string, personId: person.id as string, personName };
}

export type Municipality = Awaited<ReturnType<typeof addMunicipality>>;

export interface LessonFixture {
  title?: string;
  summary?: string;
  state?: 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN';
  reach?: 'UNIT' | 'ORGANISATION' | 'NETWORK' | 'PUBLIC';
  result?: 'SUPPORTED' | 'NOT_SUPPORTED' | 'INCONCLUSIVE';
  experimentState?: 'RUNNING' | 'CONCLUDED' | 'STOPPED';
}

const SUMMARY = {
  hypothesis: {
    change: 'sensorer om natten',
    targetGroup: 'hjemmeboende med demens',
    expectedEffect: 'færre uønskede oppvåkninger',
    metric: 'uønskede oppvåkninger per uke',
    baseline: 14,
    target: 7,
    byDate: '2026-09-30',
  },
  result: 'SUPPORTED',
  learningCard: {
    believed: 'At sensorer kunne erstatte tilsyn',
    observed: 'Halvparten så mange oppvåkninger',
    learned: 'Sensorene må følges opp av en fast person',
    nextStep: 'SCALE',
  },
  measurements: [
    { measuredOn: '2026-03-01', value: 14 },
    { measuredOn: '2026-06-01', value: 9 },
  ],
  partnerKinds: ['CITIZENS', 'ACADEMIA'],
};

/** An experiment and its lesson, written as the superuser (as the lessons service would). */
export async function addLesson(sql: pg.Client, o: Municipality, f: LessonFixture = {}): Promise<string> {
  const [e] = (
    await sql.query(
      `INSERT INTO experiments (organisation_id, unit_id, title, owner_id, state, result, version)
       VALUES ($1, $2, 'Internt forsøk', $3, $4, $5, 1) RETURNING id`,
      [o.id, o.unitId, o.personId, f.experimentState ?? 'CONCLUDED', f.result ?? 'SUPPORTED'],
    )
  ).rows;
  const state = f.state ?? 'PUBLISHED';
  const [l] = (
    await sql.query(
      `INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, version, title, summary,
                            what_worked, advice, experiment_state, result, actions, sdgs, partner_kinds,
                            experiment_summary, created_by_id, published_at, tags)
       VALUES ($1, $2, $3, $4, $5, 1, $6, $7, 'Fast kontaktperson', 'Start i én sone', $8, $9, '{DARE,LEARN}', '{3}',
               '{CITIZENS,ACADEMIA}', $10, $11, $12,
               '{velferdsteknologi}')
       RETURNING id`,
      [
        o.id,
        o.unitId,
        e.id,
        state,
        f.reach ?? 'PUBLIC',
        f.title ?? 'Nattilsyn med sensor',
        f.summary ?? 'Færre oppvåkninger og bedre søvn for hjemmeboende.',
        f.experimentState ?? 'CONCLUDED',
        f.result ?? 'SUPPORTED',
        JSON.stringify({ ...SUMMARY, result: f.result ?? 'SUPPORTED' }),
        o.personId,
        state === 'DRAFT' ? null : new Date(Date.now() - ++seq * 1000),
      ],
    )
  ).rows;
  return l.id;
}

/** `adopter` tried `lessonId`: the lineage row and its experiment in `state`. */
export async function addAdoption(
  sql: pg.Client,
  adopter: Municipality,
  lessonId: string,
  state: 'RUNNING' | 'CONCLUDED',
): Promise<string> {
  const [src] = (await sql.query(`SELECT organisation_id FROM lessons WHERE id = $1`, [lessonId])).rows;
  const [e] = (
    await sql.query(
      `INSERT INTO experiments (organisation_id, unit_id, title, owner_id, state, result, version, source_lesson_id)
       VALUES ($1, $2, 'Gjenbruk', $3, $4, $5, 1, $6) RETURNING id`,
      [
        adopter.id,
        adopter.unitId,
        adopter.personId,
        state,
        state === 'CONCLUDED' ? 'SUPPORTED' : null,
        lessonId,
      ],
    )
  ).rows;
  await sql.query(
    `INSERT INTO adoptions (organisation_id, unit_id, experiment_id, source_lesson_id, source_organisation_id, lineage, state, created_by_id)
     VALUES ($1, $2, $3, $4, $5, ARRAY[$4]::uuid[], $6, $7)`,
    [adopter.id, adopter.unitId, e.id, lessonId, src.organisation_id, state, adopter.personId],
  );
  await sql.query(`UPDATE lessons SET adoption_count = adoption_count + 1 WHERE id = $1`, [lessonId]);
  return e.id;
}
