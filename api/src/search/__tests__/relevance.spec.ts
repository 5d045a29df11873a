import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { Db } from '../../core/database/db.service.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation, makeOrganisationWithPerson } from '../../testing/fixtures.js';
import { refusal } from '../../testing/refusal.js';
import { SearchService, type SearchOutcome } from '../search.service.js';

/**
 * Relevance on a fixed Norwegian corpus (bokmål and nynorsk) across three organisations:
 * Bodø (A, runs the network), Kinn (B, a member) and Utsira (C, outside it). The searches run
 * through the service on the app DataSource, so row-level security and the SECURITY DEFINER
 * candidate function decide together what each person finds.
 */
describe('search relevance on a Norwegian corpus (real PostgreSQL, RLS on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let search: SearchService;
  let a: Awaited<ReturnType<typeof buildOrganisation>>;
  let b: Awaited<ReturnType<typeof makeOrganisationWithPerson>>;
  let c: Awaited<ReturnType<typeof makeOrganisationWithPerson>>;
  let networkId = '';
  const id: Record<string, string> = {};
  const sql = (q: string, p: unknown[] = []) => env.ds.query(q, p);

  async function unit(org: string, name: string): Promise<string> {
    const [r] = await sql(
      `INSERT INTO units (organisation_id, name, version) VALUES ($1, $2, 1) RETURNING id`,
      [org, name],
    );
    return r.id;
  }
  async function idea(
    key: string,
    o: { org: string; unit: string; author: string },
    title: string,
    need: string,
    proposal = '',
    extra: { state?: string; hide?: boolean; at?: string } = {},
  ) {
    const [r] = await sql(
      `INSERT INTO ideas (organisation_id, unit_id, author_id, title, need_observed, proposal, state, version, hide_author, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, coalesce($9::timestamptz, now())) RETURNING id`,
      [
        o.org,
        o.unit,
        o.author,
        title,
        need,
        proposal,
        extra.state ?? 'SUBMITTED',
        extra.hide ?? false,
        extra.at ?? null,
      ],
    );
    id[key] = r.id;
  }
  async function experiment(
    key: string,
    o: { org: string; unit: string; author: string },
    title: string,
    summary: string,
    body = '',
    state = 'RUNNING',
    result: string | null = null,
  ) {
    const [r] = await sql(
      `INSERT INTO experiments (organisation_id, unit_id, owner_id, title, summary, change, state, result, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) RETURNING id`,
      [o.org, o.unit, o.author, title, summary, body, state, result],
    );
    id[key] = r.id;
  }
  async function lesson(
    key: string,
    o: { org: string; unit: string; author: string },
    title: string,
    summary: string,
    what: string,
    reach: string,
    state = 'PUBLISHED',
    networks: string[] = [],
    result = 'SUPPORTED',
  ) {
    await experiment(`${key}:experiment`, o, `Forsøket bak: ${key}`, '', '', 'CONCLUDED', result);
    const [r] = await sql(
      `INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, network_ids, version, title, summary,
                            what_worked, experiment_state, result, created_by_id, published_at, adoption_count)
       VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8, $9, 'CONCLUDED', $10, $11, now(), $12) RETURNING id`,
      [
        o.org,
        o.unit,
        id[`${key}:experiment`],
        state,
        reach,
        networks,
        title,
        summary,
        what,
        result,
        o.author,
        key.length,
      ],
    );
    id[key] = r.id;
  }

  const find = (
    actor: Actor,
    query: string,
    more: Parameters<SearchService['search']>[1] extends infer T ? Partial<T> : never = {},
  ) => search.search(actor, { query, ...more });
  const ids = (r: SearchOutcome) => r.hits.map((h) => h.id);
  const has = (r: SearchOutcome, ...keys: string[]) =>
    expect(ids(r)).toEqual(expect.arrayContaining(keys.map((k) => id[k])));
  const lacks = (r: SearchOutcome, ...keys: string[]) => {
    for (const k of keys) expect(ids(r)).not.toContain(id[k]);
  };

  beforeAll(async () => {
    env = await createTestDataSource();
    search = new SearchService(new Db(env.app));
    const m = env.ds.manager;
    a = await buildOrganisation(m);
    b = await makeOrganisationWithPerson(m, [Role.INNOVATION_LEAD]);
    c = await makeOrganisationWithPerson(m, [Role.INNOVATION_LEAD]);
    await sql(`UPDATE organisations SET name = 'Bodø kommune', fylkesnummer = '18' WHERE id = $1`, [
      a.org.id,
    ]);
    await sql(`UPDATE organisations SET name = 'Kinn kommune', fylkesnummer = '46' WHERE id = $1`, [
      b.org.id,
    ]);
    await sql(`UPDATE organisations SET name = 'Utsira kommune', fylkesnummer = '11' WHERE id = $1`, [
      c.org.id,
    ]);
    const [n] = await sql(
      `INSERT INTO networks (organisation_id, coordinator_id, name, description) VALUES ($1, $2, 'Innovasjonsnettverk Nord', '') RETURNING id`,
      [a.org.id, a.lead.personId],
    );
    networkId = n.id;
    await sql(
      `INSERT INTO network_memberships (network_id, organisation_id, status) VALUES ($1, $2, 'MEMBER')`,
      [networkId, b.org.id],
    );
    // Utsira is only invited: an invitation is not membership.
    await sql(
      `INSERT INTO network_memberships (network_id, organisation_id, status) VALUES ($1, $2, 'INVITED')`,
      [networkId, c.org.id],
    );

    const A = { org: a.org.id, unit: a.units.team, author: a.employee.personId };
    const Acol = { ...A, author: a.colleague.personId };
    const Aother = { org: a.org.id, unit: a.units.other, author: a.otherManager.personId };
    const B = { org: b.org.id, unit: await unit(b.org.id, 'Oppvekst'), author: b.person.id };
    const C = { org: c.org.id, unit: await unit(c.org.id, 'Helse'), author: c.person.id };

    // Bodø (bokmål)
    await idea(
      'nattforsøk',
      A,
      'Nytt forsøk med digitalt tilsyn om natta',
      'Nattevakten rekker ikke alle besøkene',
    );
    await idea('utstyr', A, 'Tilsyn med digitalt utstyr i hjemmetjenesten', 'Sensorer varsler ved fall');
    await idea('plass', A, 'Raskere tildeling av barnehageplassen', 'Foreldre venter i månedsvis på svar');
    await idea('brøyting', A, 'Bedre snøbrøyting ved skolene', 'Elever går i veibanen om vinteren');
    await idea('strøing', A, 'Strøing av gangveier til sykehjemmet', 'Besøkende glir på isen');
    await idea('skjult', A, 'Anonym melding om turnusplanen', 'Turnusplanen sliter ut de ansatte', '', {
      hide: true,
    });
    await idea('utkast', Acol, 'Kantinemenyen med mer fisk', 'Hemmelig utkast om kantinemenyen', '', {
      state: 'DRAFT',
    });
    await idea('avslått', A, 'Gratis kaffe i resepsjonen', 'Besøkende venter lenge', '', {
      state: 'DECLINED',
    });
    await idea('lekeplass-tittel', A, 'Naturlekeplass ved rådhuset', 'Barna mangler uteområder');
    await idea('lekeplass-tekst', A, 'Uteområder for de minste', 'Vi ønsker oss en naturlekeplass');
    await experiment(
      'uteleik',
      A,
      'Uteleik i barnehage med naturlekeplass',
      'Mer lek ute hver dag',
      'Barna er ute to timer',
    );
    await experiment(
      'velferd',
      A,
      'Velferdsteknologi i hjemmetjenesten',
      'Digitalt tilsyn hos ti brukere',
      'Kamera og sensor',
      'CONCLUDED',
      'NOT_SUPPORTED',
    );
    await experiment('skolemat', A, 'Skolemat på ungdomsskolen', 'Felles lunsj for elevene');
    await lesson(
      'bodø-org',
      A,
      'Leksehjelp etter skoletid',
      'Frivillige hjalp elevene',
      'Faste tider',
      'ORGANISATION',
    );
    await lesson(
      'bodø-nett',
      A,
      'Sensorer mot fall hjemme',
      'Færre fall om natta',
      'Opplæring av pårørende',
      'NETWORK',
      'PUBLISHED',
      [networkId],
    );
    await lesson(
      'bodø-enhet',
      Aother,
      'Lesestund med besteforeldre',
      'Besteforeldre leste for barna',
      'Fast ukedag',
      'UNIT',
    );
    await lesson(
      'bodø-utkast',
      A,
      'Lærdom under arbeid om bassenget',
      'Bassenget',
      'Ikke ferdig',
      'ORGANISATION',
      'DRAFT',
    );

    // Kinn (nynorsk)
    await idea('kinn-idé', B, 'Felles barnehageopptak for heile kommunen', 'Foreldra må søkje fleire gonger');
    await lesson(
      'kinn-nett',
      B,
      'Barnehagane i bygda fekk nye uteområde',
      'Forsøket synte at borna leikte meir ute',
      'Dugnad med foreldra',
      'NETWORK',
      'PUBLISHED',
      [networkId],
    );
    await lesson(
      'kinn-org',
      B,
      'Intern lærdom om fjordferja',
      'Ferjetidene passa ikkje skuleskyssen',
      'Ny rute',
      'ORGANISATION',
    );
    await lesson(
      'kinn-offentleg',
      B,
      'Kulturskule i barnehagen',
      'Kulturskulelærarar kom til barnehagen',
      'Song og dans',
      'PUBLIC',
    );
    await lesson(
      'kinn-trekt',
      B,
      'Trekt lærdom om barnehagemat',
      'Barnehagemat frå lokale bønder',
      'Tilbaketrekt',
      'NETWORK',
      'WITHDRAWN',
      [networkId],
    );
    await lesson(
      'kinn-trekt-off',
      B,
      'Trekt offentleg lærdom om sjøbading',
      'Sjøbading for eldre',
      'Tilbaketrekt',
      'PUBLIC',
      'WITHDRAWN',
    );

    // Utsira (bokmål), outside the network
    await idea('utsira-idé', C, 'Båtskyss for hjemmetjenesten', 'Hjemmetjenesten venter på ferja');
    await lesson(
      'utsira-nett',
      C,
      'Fyrlykta som møteplass',
      'Frivillige åpnet fyret',
      'Kaffe og vafler',
      'PUBLIC',
    );
    await sql(
      `INSERT INTO ideas (organisation_id, unit_id, author_id, title, need_observed, state, version)
       SELECT $1, $2, $3, 'Kommunevåpen nummer ' || g, 'Et kommunevåpen på hver vegg', 'SUBMITTED', 1 FROM generate_series(1, 1005) g`,
      [C.org, C.unit, C.author],
    );
  });
  afterAll(() => env.close());

  describe('Norwegian words', () => {
    it('an inflected form finds the other: "forsøket" finds "forsøk"', async () => {
      has(await find(a.employee, 'forsøket'), 'nattforsøk');
    });
    it('"barnehagene" finds "barnehage"; nynorsk "barnehagane" finds bokmål and nynorsk', async () => {
      has(await find(a.employee, 'barnehagene'), 'uteleik');
      const nn = await find(a.employee, 'barnehagane');
      has(nn, 'uteleik', 'kinn-nett');
    });
    it('a compound\'s head finds it: "barnehage" finds "barnehageplassen" (and nynorsk "barnehageopptak" in its own organisation)', async () => {
      has(await find(a.employee, 'barnehage'), 'plass', 'uteleik', 'kinn-nett');
      has(await find(b.actor, 'barnehage'), 'kinn-idé');
    });
    it('æ ø å stay letters (no unaccent): "snøbrøyting" finds the one idea that has it', async () => {
      const r = await find(a.employee, 'snøbrøyting');
      expect(ids(r)).toEqual([id['brøyting']]);
    });
    it('a title match ranks above a match in the text', async () => {
      const r = await find(a.employee, 'naturlekeplass', { filter: { kinds: ['IDEA'] } });
      expect(ids(r)).toEqual([id['lekeplass-tittel'], id['lekeplass-tekst']]);
    });
  });

  describe('web-search syntax', () => {
    it('"quotes" ask for the words next to each other', async () => {
      const r = await find(a.employee, '"digitalt tilsyn"');
      has(r, 'nattforsøk', 'velferd');
      lacks(r, 'utstyr');
    });
    it('OR finds either', async () => {
      const r = await find(a.employee, 'snøbrøyting OR strøing');
      has(r, 'brøyting', 'strøing');
      expect((await find(a.employee, 'snøbrøyting strøing')).hits).toHaveLength(0);
    });
    it('-word leaves out what has it', async () => {
      const r = await find(a.employee, 'tilsyn -natta');
      has(r, 'utstyr');
      lacks(r, 'nattforsøk');
    });
    it('only exclusions, or only signs, search for nothing', async () => {
      expect((await find(a.employee, '-natta')).hits).toEqual([]);
      expect((await find(a.employee, '"" - OR')).hits).toEqual([]);
    });
  });

  describe('typos', () => {
    it('a one-letter typo finds nothing itself, but the suggestion does', async () => {
      const miss = await find(a.employee, 'hjemmetjenestn');
      expect(miss.hits).toEqual([]);
      expect(miss.suggestion).toBe('hjemmetjenesten');
      has(await find(a.employee, miss.suggestion!), 'utstyr', 'velferd');
    });
    it('keeps the words it knows and fixes the one it does not', async () => {
      const miss = await find(a.employee, 'digitalt turnusplnen');
      expect(miss.suggestion).toBe('digitalt turnusplanen');
    });
    it('suggests nothing for a word it knows by its stem, even with few hits', async () => {
      // "turnusplanene" is not written anywhere, but "turnusplanen" shares its stem and is found.
      const r = await find(a.employee, 'turnusplanene');
      expect(ids(r)).toEqual([id['skjult']]);
      expect(r.suggestion).toBeNull();
    });
    it('suggests no word from what the person may not see: a draft, another organisation, a lesson that does not reach them', async () => {
      // The colleague's draft idea: not even its words.
      expect((await find(a.employee, 'kantinemenyn')).suggestion).toBeNull();
      expect((await find(a.colleague, 'kantinemenyen')).hits.map((h) => h.id)).toEqual([id['utkast']]);
      // Bodø's internal words are not Utsira's, and Kinn's internal lesson is not Bodø's.
      expect((await find(c.actor, 'turnusplnen')).suggestion).toBeNull();
      expect((await find(a.employee, 'fjordferjx')).suggestion).toBeNull();
      expect((await find(b.actor, 'fjordferjx')).suggestion).toBe('fjordferja');
      // A network lesson's words are the network's; a public lesson's everyone's.
      expect((await find(c.actor, 'dugnadx')).suggestion).toBeNull();
      expect((await find(a.employee, 'dugnadx')).suggestion).toBe('dugnad');
      expect((await find(c.actor, 'kulturskulelærarar kulturskulelærerar')).suggestion).toBe(
        'kulturskulelærarar kulturskulelærarar',
      );
      // A unit-only lesson's words stay out of the organisation's vocabulary.
      expect((await find(a.employee, 'besteforeldte')).suggestion).toBeNull();
    });
  });

  describe('who finds what', () => {
    it("another organisation's lesson appears only when it reaches the searcher: network member yes, outsider no, public both", async () => {
      const member = await find(a.employee, 'barnehagen OR bygda OR fjordferja');
      has(member, 'kinn-nett', 'kinn-offentleg');
      lacks(member, 'kinn-org');
      const outsider = await find(c.actor, 'barnehagen OR bygda OR fjordferja');
      has(outsider, 'kinn-offentleg');
      lacks(outsider, 'kinn-nett', 'kinn-org');
      // Bodø's lesson to the network: Kinn finds it, Utsira does not.
      has(await find(b.actor, 'sensorer'), 'bodø-nett');
      expect(ids(await find(c.actor, 'sensorer'))).toEqual([]);
      // And no one outside finds another organisation's ideas or experiments.
      expect((await find(b.actor, 'hjemmetjenesten')).hits.filter((h) => !h.own)).toEqual([]);
      expect(ids(await find(a.employee, 'båtskyss'))).toEqual([]);
    });
    it('a withdrawn lesson never appears, not even in its own organisation', async () => {
      for (const who of [a.employee, b.actor, c.actor]) {
        const r = await find(who, 'barnehagemat OR sjøbading');
        lacks(r, 'kinn-trekt', 'kinn-trekt-off');
        // Not even counted: the candidate function leaves it out (row-level security would
        // also refuse its text, the second wall).
        expect(r.total).toBe(0);
        expect(r.facets.kinds).toEqual([]);
      }
    });
    it('a draft lesson is not found; a draft idea only by its author', async () => {
      expect(ids(await find(a.lead, 'bassenget'))).toEqual([]);
      expect(ids(await find(a.employee, 'kantinemenyen'))).toEqual([]);
      expect(ids(await find(a.lead, 'kantinemenyen'))).toEqual([]);
    });
    it("a lesson at the unit's reach: its unit's people and managers, and the innovation lead", async () => {
      expect(ids(await find(a.employee, 'besteforeldre'))).toEqual([]);
      has(await find(a.otherManager, 'besteforeldre'), 'bodø-enhet');
      has(await find(a.lead, 'besteforeldre'), 'bodø-enhet');
    });
    it("a lesson at the unit's reach: its experiment's owner and team too, who write it (LessonsPolicy), wherever their own unit is", async () => {
      // The experiment runs in another unit; its owner and a team member sit in the team unit.
      const [e] = await sql(
        `INSERT INTO experiments (organisation_id, unit_id, owner_id, title, summary, change, state, result, version)
         VALUES ($1, $2, $3, 'Forsøket bak vaffelfredag', '', '', 'CONCLUDED', 'SUPPORTED', 1) RETURNING id`,
        [a.org.id, a.units.other, a.employee.personId],
      );
      await sql(
        `INSERT INTO experiment_members (experiment_id, person_id, organisation_id) VALUES ($1, $2, $3)`,
        [e.id, a.colleague.personId, a.org.id],
      );
      const [l] = await sql(
        `INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, network_ids, version, title, summary,
                              what_worked, experiment_state, result, created_by_id, published_at)
         VALUES ($1, $2, $3, 'PUBLISHED', 'UNIT', '{}', 1, 'Vaffelfredag samlet avdelingen', 'Vaffelfredag', 'Fast dag',
                 'CONCLUDED', 'SUPPORTED', $4, now()) RETURNING id`,
        [a.org.id, a.units.other, e.id, a.otherManager.personId],
      );
      const found = async (who: Actor) =>
        (await find(who, 'vaffelfredag', { filter: { kinds: ['LESSON'] } })).hits.map((h) => h.id);
      expect(await found(a.employee)).toEqual([l.id]); // the owner
      expect(await found(a.colleague)).toEqual([l.id]); // on the team
      expect(await found(a.rep)).toEqual([]); // same unit as them, but not on the experiment
      expect(await found(a.otherManager)).toEqual([l.id]); // its unit's manager
    });
    it('a hidden author is not exposed: a hit carries no author at all', async () => {
      const r = await find(a.employee, 'turnusplanen');
      expect(ids(r)).toEqual([id['skjult']]);
      const json = JSON.stringify(r);
      expect(json).not.toContain(a.employee.personId);
      expect(Object.keys(r.hits[0])).not.toEqual(expect.arrayContaining(['author']));
    });
  });

  describe('the result', () => {
    it('highlights matches with markers, never HTML, and cuts a snippet from the text', async () => {
      const r = await find(a.employee, 'barnehage', { filter: { kinds: ['EXPERIMENT'] } });
      const hit = r.hits.find((h) => h.id === id['uteleik'])!;
      expect(hit.titleHighlighted).toBe('Uteleik i \uE000barnehage\uE001 med naturlekeplass');
      expect(hit.snippet).toContain('lek ute');
      expect(hit.snippet).not.toMatch(/<b>|<mark>/);
    });
    it('facets count the candidates, each with the other filters but not its own', async () => {
      const r = await find(a.employee, 'barnehage', { filter: { kinds: ['LESSON'] } });
      expect(r.hits.every((h) => h.kind === 'LESSON')).toBe(true);
      const kinds = Object.fromEntries(r.facets.kinds.map((f) => [f.value, f.count]));
      expect(kinds).toMatchObject({ IDEA: 1, EXPERIMENT: 1, LESSON: 2 });
      const orgs = Object.fromEntries(r.facets.organisations.map((f) => [f.label, f.count]));
      expect(orgs).toEqual({ 'Kinn kommune': 2 });
      expect(r.facets.counties).toEqual([{ value: '46', label: 'Vestland', count: 2 }]);
      expect(r.facets.networks).toEqual([{ value: networkId, label: 'Innovasjonsnettverk Nord', count: 1 }]);
      const narrowed = await find(a.employee, 'barnehage', { filter: { counties: ['18'] } });
      expect(narrowed.hits.every((h) => h.organisation.county === '18')).toBe(true);
      expect(narrowed.total).toBe(2);
    });
    it('an outsider sees no network it is not in, even as a facet', async () => {
      const r = await find(c.actor, 'barnehagen');
      expect(r.facets.networks).toEqual([]);
    });
    it('sorts by most adopted and by newest', async () => {
      const r = await find(a.employee, 'barnehagen OR sensorer OR leksehjelp', {
        filter: { kinds: ['LESSON'] },
        sort: 'MOST_ADOPTED',
      });
      const counts = r.hits.map((h) => h.adoptionCount);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
      const newest = await find(a.employee, 'barnehage', { sort: 'NEWEST' });
      const at = newest.hits.map((h) => h.createdAt.getTime());
      expect(at).toEqual([...at].sort((x, y) => y - x));
    });
    it('a common word is counted up to the cap and shown as capped; pages go on', async () => {
      const r = await find(c.actor, 'kommunevåpen', { first: 50 });
      expect(r.capped).toBe(true);
      expect(r.total).toBe(1000);
      expect(r.hits).toHaveLength(50);
      expect(r.hasMore).toBe(true);
      const next = await find(c.actor, 'kommunevåpen', { first: 50, offset: 50 });
      expect(next.hits.map((h) => h.id)).not.toContain(r.hits[0].id);
      const few = await find(a.employee, 'snøbrøyting');
      expect(few).toMatchObject({ total: 1, capped: false, hasMore: false });
    });
    it('refuses a query too long, empty, or a page out of range, naming the field', async () => {
      const e = await refusal(find(a.employee, 'ord '.repeat(60)));
      expect(e.fields).toEqual([{ field: 'query', message: 'tooLong', params: { max: 200 } }]);
      for (const [q, more, field] of [
        ['   ', {}, 'query'],
        ['barnehage', { first: 51 }, 'first'],
        ['barnehage', { offset: -1 }, 'offset'],
        ['barnehage', { filter: { states: ['HEMMELIG'] } }, 'filter.states'],
        ['barnehage', { filter: { counties: ['1'] } }, 'filter.counties'],
      ] as const) {
        const err = await refusal(find(a.employee, q, more as never));
        expect(err.code).toBe('VALIDATION_FAILED');
        expect(err.fields.map((f) => f.field)).toContain(field);
      }
    });
  });

  it('computes only what is asked for: no facets, suggestion or highlights when not selected', async () => {
    const wants = { facets: false, suggestion: false, snippet: false, titleHighlighted: false };
    const r = await search.search(a.employee, { query: 'hjemmetjenestn OR barnehage' }, wants);
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits[0].titleHighlighted).toBe(r.hits[0].title);
    expect(r.facets.kinds).toEqual([]);
    expect(r.suggestion).toBeNull();
    const similar = await search.similar(a.employee, { title: 'Digitalt tilsyn' }, wants);
    expect(similar[0].snippet).toBe('');
  });

  describe('"Prøvd før?"', () => {
    it('finds up to five similar items the person may see, with their result', async () => {
      const r = await search.similar(a.employee, {
        title: 'Digitalt tilsyn i hjemmetjenesten',
        text: 'Nattevakten rekker ikke over alle',
      });
      expect(r.length).toBeGreaterThan(0);
      expect(r.length).toBeLessThanOrEqual(5);
      expect(r[0].id).toBe(id['utstyr']);
      const velferd = r.find((h) => h.id === id['velferd']);
      expect(velferd).toMatchObject({ kind: 'EXPERIMENT', result: 'NOT_SUPPORTED' });
    });
    it('from other organisations only what reaches the person, and never the idea itself', async () => {
      const r = await search.similar(a.employee, {
        title: 'Uteområde for barnehagane',
        text: 'Borna leikte meir ute',
        excludeId: id['uteleik'],
      });
      expect(r.map((h) => h.id)).toContain(id['kinn-nett']);
      expect(r.map((h) => h.id)).not.toContain(id['uteleik']);
      const outsider = await search.similar(c.actor, { title: 'Uteområde for barnehagane' });
      expect(outsider.map((h) => h.id)).not.toContain(id['kinn-nett']);
    });
    it('refuses a text too long', async () => {
      const e = await refusal(search.similar(a.employee, { title: 'x', text: 'y'.repeat(4001) }));
      expect(e.code).toBe('VALIDATION_FAILED');
    });
  });
});
