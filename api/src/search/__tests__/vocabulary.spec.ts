import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';

/** The "mente du" vocabulary: kept by its trigger, per scope, out of the app role's reach. */
describe('search vocabulary (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;
  const sql = (q: string, p: unknown[] = []) => env.ds.query(q, p);
  const words = async (scope: string, scopeId: string, like: string) =>
    Object.fromEntries(
      (
        await sql(
          `SELECT word, ndoc FROM search_vocabulary WHERE scope = $1 AND scope_id = $2 AND word LIKE $3 ORDER BY word`,
          [scope, scopeId, like],
        )
      ).map((r: { word: string; ndoc: number }) => [r.word, r.ndoc]),
    );

  beforeAll(async () => {
    env = await createTestDataSource();
    o = await buildOrganisation(env.ds.manager);
  });
  afterAll(() => env.close());

  async function idea(title: string, state: string): Promise<string> {
    const [r] = await sql(
      `INSERT INTO ideas (organisation_id, unit_id, author_id, title, state, version) VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
      [o.org.id, o.units.team, o.employee.personId, title, state],
    );
    return r.id;
  }

  it('a draft brings no word; submitting it does, once; an edit adds only the new words', async () => {
    const id = await idea('Sjøbuene ved kaia', 'DRAFT');
    expect(await words('ORGANISATION', o.org.id, 'sjøbu%')).toEqual({});
    await sql(`UPDATE ideas SET state = 'SUBMITTED' WHERE id = $1`, [id]);
    expect(await words('ORGANISATION', o.org.id, 'sjøbu%')).toEqual({ sjøbuene: 1 });
    await sql(`UPDATE ideas SET title = 'Sjøbuene ved kaia og sjøbuer' WHERE id = $1`, [id]);
    expect(await words('ORGANISATION', o.org.id, 'sjøbu%')).toEqual({ sjøbuene: 1, sjøbuer: 1 });
    await idea('Flere sjøbuene', 'SUBMITTED');
    expect(await words('ORGANISATION', o.org.id, 'sjøbu%')).toEqual({ sjøbuene: 2, sjøbuer: 1 });
  });

  it('a lesson brings its words to its organisation, its networks or the public by reach; withdrawing takes them out at once', async () => {
    const [n] = await sql(
      `INSERT INTO networks (organisation_id, coordinator_id, name, description) VALUES ($1, $2, 'Nett', '') RETURNING id`,
      [o.org.id, o.lead.personId],
    );
    const [e] = await sql(
      `INSERT INTO experiments (organisation_id, unit_id, owner_id, title, state, version) VALUES ($1, $2, $3, 'Forsøk', 'CONCLUDED', 1) RETURNING id`,
      [o.org.id, o.units.team, o.employee.personId],
    );
    const [l] = await sql(
      `INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, network_ids, version, title, experiment_state, created_by_id)
       VALUES ($1, $2, $3, 'DRAFT', 'NETWORK', $4, 1, 'Tangloppene i fjæra', 'CONCLUDED', $5) RETURNING id`,
      [o.org.id, o.units.team, e.id, [n.id], o.employee.personId],
    );
    expect(await words('NETWORK', n.id, 'tanglopp%')).toEqual({});
    await sql(`UPDATE lessons SET state = 'PUBLISHED' WHERE id = $1`, [l.id]);
    expect(await words('NETWORK', n.id, 'tanglopp%')).toEqual({ tangloppene: 1 });
    expect(await words('ORGANISATION', o.org.id, 'tanglopp%')).toEqual({ tangloppene: 1 });
    expect(await words('PUBLIC', '00000000-0000-0000-0000-000000000000', 'tanglopp%')).toEqual({});
    await sql(`UPDATE lessons SET state = 'WITHDRAWN' WHERE id = $1`, [l.id]);
    // The writing transaction takes the words out of every scope the lesson left…
    expect(await words('NETWORK', n.id, 'tanglopp%')).toEqual({});
    expect(await words('ORGANISATION', o.org.id, 'tanglopp%')).toEqual({});
    // …and the owner's rebuild agrees with what the trigger kept.
    const before = await words('ORGANISATION', o.org.id, '%');
    await sql(`SELECT app_search_vocabulary_rebuild()`);
    expect(await words('ORGANISATION', o.org.id, '%')).toEqual(before);
    expect(await words('ORGANISATION', o.org.id, 'sjøbu%')).toEqual({ sjøbuene: 2, sjøbuer: 1 });
  });

  it('is out of the app role’s reach: no reading, no writing, no rebuild', async () => {
    for (const q of [
      `SELECT count(*) FROM search_vocabulary`,
      `INSERT INTO search_vocabulary (scope, scope_id, word) VALUES ('PUBLIC', '00000000-0000-0000-0000-000000000000', 'lureord')`,
      `SELECT app_search_vocabulary_rebuild()`,
    ])
      await expect(env.app.query(q)).rejects.toThrow(/permission denied/);
  });
});
