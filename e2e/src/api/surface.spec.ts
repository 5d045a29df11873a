/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are checked by the assertions */
import { describe, expect, it } from '@jest/globals';
import { baseUrl, GraphqlClient, loginAs, ok, refused, unique } from '../support/graphql-client.js';

/**
 * The API's outer surface as an outsider meets it: limits that refuse a costly document
 * before any resolver runs (signed in or not), input that never reaches PostgreSQL raw,
 * body-parser refusals in GraphQL's shape, and security headers on every response.
 */

const FAKE_ID = '00000000-0000-4000-8000-000000000000';

/** 30 fragments, each spreading the next one twice: 2^30 fields if expanded naively. */
function fragmentChain(n = 30): string {
  const parts = ['query Chain { ...F0 }'];
  for (let i = 0; i < n - 1; i++) parts.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  parts.push(`fragment F${n - 1} on Query { me { id } }`);
  return parts.join('\n');
}

/** The same chain, each link one field deeper (Idea → experiment → idea → …). */
function nestedFragmentChain(n = 30): string {
  const parts = [`query Nested { idea(id: "${FAKE_ID}") { ...N0 } }`];
  for (let i = 0; i < n - 1; i++)
    parts.push(`fragment N${i} on Idea { experiment { idea { ...N${i + 1} ...N${i + 1} } } }`);
  parts.push(`fragment N${n - 1} on Idea { id }`);
  return parts.join('\n');
}

const aliases = (n: number) =>
  `query Many { ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

function expectTooComplex(res: { status: number; errors?: any[]; data?: unknown; body: any }) {
  expect(res.status).toBe(400);
  expect(res.data ?? null).toBeNull();
  expect(refused(res as any).extensions?.code).toBe('QUERY_TOO_COMPLEX');
}

describe('limits checked before any resolver', () => {
  const signedOut = () => Promise.resolve(new GraphqlClient());
  const signedIn = () => loginAs('ansatt@bodo.demo');

  it.each([
    ['anonymously', signedOut],
    ['signed in', signedIn],
  ])('refuses the 30-fragment chain, flat and nested, %s', async (_how, client) => {
    const c = await client();
    expectTooComplex(await c.gql(fragmentChain()));
    expectTooComplex(await c.gql(nestedFragmentChain()));
    // the server is still answering
    expect((await fetch(`${baseUrl()}/health/live`)).status).toBe(200);
  });

  it.each([
    ['anonymously', signedOut],
    ['signed in', signedIn],
  ])('refuses 1,000 aliases and 16 aliases of me { id } %s', async (_how, client) => {
    const c = await client();
    expectTooComplex(await c.gql(aliases(1000)));
    const sixteen = await c.gql(aliases(16));
    expectTooComplex(sixteen);
    expect(refused(sixteen).message).toMatch(/aliases/i);
  });

  it('accepts 15 aliases when signed in, and refuses them with UNAUTHENTICATED when not', async () => {
    const me = ok(await (await signedIn()).gql(aliases(15)));
    expect(Object.keys(me)).toHaveLength(15);
    expect(refused(await new GraphqlClient().gql(aliases(15))).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a query nested deeper than 8 fields, and too many directives', async () => {
    let deep = 'id';
    for (let i = 0; i < 5; i++) deep = `idea { experiment { ${deep} } }`;
    expectTooComplex(await new GraphqlClient().gql(`{ experiment(id: "${FAKE_ID}") { ${deep} } }`));
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    expectTooComplex(await new GraphqlClient().gql(`{ me ${directives} { id } }`));
  });
});

/** Every String and ID field of an input type, from the schema the server publishes. */
async function stringFields(inputType: string): Promise<string[]> {
  const res = ok(
    await new GraphqlClient().gql(
      `query($t: String!) { __type(name: $t) { inputFields { name type { name kind ofType { name } } } } }`,
      { t: inputType },
    ),
  );
  return res.__type.inputFields
    .filter((f: any) => ['String', 'ID'].includes(f.type.name ?? f.type.ofType?.name))
    .map((f: any) => f.name);
}

function expectRefusedNaming(res: any, field: string) {
  const error = refused(res);
  expect(error.extensions?.code).toBe('VALIDATION_FAILED');
  expect(error.extensions?.fields).toContainEqual(expect.objectContaining({ field }));
  expect(JSON.stringify(res.body)).not.toContain('\u0000');
}

describe('input that would reach PostgreSQL raw', () => {
  it('refuses a NUL in every string argument of login, naming the field', async () => {
    const fields = await stringFields('LoginInput');
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
    for (const field of fields) {
      const input: Record<string, string> = { email: 'ansatt@bodo.demo', password: 'laerekraft-demo' };
      input[field] = `${input[field]}\u0000`;
      const client = new GraphqlClient();
      const res = await client.gql('mutation($i: LoginInput!) { login(input: $i) { id } }', { i: input });
      expectRefusedNaming(res, field);
      expect(client.hasSession()).toBe(false);
    }
    // written into the document rather than sent as a variable
    const literal = await new GraphqlClient().gql(
      'mutation { login(input: { email: "ansatt@bodo.demo\\u0000", password: "x" }) { id } }',
    );
    expectRefusedNaming(literal, 'email');
  });

  it('refuses a NUL in every string argument of createIdea, naming the field, and writes nothing', async () => {
    const employee = await loginAs('ansatt@bodo.demo');
    const unitId = ok(await employee.gql('{ me { unit { id } } }')).me.unit.id;
    const fields = await stringFields('CreateIdeaInput');
    expect(fields).toEqual(expect.arrayContaining(['title', 'unitId', 'proposal', 'needWhose']));
    const tag = `NUL ${unique()}`;
    for (const field of fields) {
      const input: Record<string, unknown> = {
        title: tag,
        unitId,
        needWhose: 'Pårørende',
        needObserved: 'Kø',
        proposal: 'Hentebokser',
        benefit: 'Kortere ventetid',
      };
      input[field] = `${(input[field] as string | undefined) ?? ''}a\u0000b`;
      const res = await employee.gql('mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id } }', {
        i: input,
      });
      expectRefusedNaming(res, field);
    }
    // other control characters too; line breaks and tabs are text
    expectRefusedNaming(
      await employee.gql('mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id } }', {
        i: { title: `${tag}\u0007`, unitId },
      }),
      'title',
    );
    const created = ok(
      await employee.gql('mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id proposal } }', {
        i: { title: tag, unitId, proposal: 'Linje én\r\nLinje to\n\tinnrykket' },
      }),
    ).createIdea;
    expect(created.proposal).toBe('Linje én\r\nLinje to\n\tinnrykket');
    const mine = ok(await employee.gql('{ ideas(scope: MINE, first: 50) { nodes { title } } }'));
    expect(mine.ideas.nodes.filter((n: any) => n.title.startsWith(tag))).toHaveLength(1);
  });

  it('accepts an id in any uuid spelling and answers with the canonical one', async () => {
    const employee = await loginAs('ansatt@bodo.demo');
    const manager = await loginAs('leder.helse@bodo.demo');
    const me = ok(await employee.gql('{ me { id unit { id } } }')).me;
    const idea = ok(
      await employee.gql('mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id version } }', {
        i: {
          title: `Uuid ${unique()}`,
          unitId: me.unit.id.toUpperCase(),
          needWhose: 'Pårørende',
          needObserved: 'Kø ved lageret',
          proposal: 'Hentebokser med kode',
          benefit: 'Kortere ventetid',
        },
      }),
    ).createIdea;
    const braced = `{${idea.id.toUpperCase()}}`;
    expect(ok(await employee.gql(`{ idea(id: "${braced}") { id } }`)).idea.id).toBe(idea.id);
    const sent = ok(
      await employee.gql('mutation($i: IdeaVersionInput!) { submitIdea(input: $i) { id version } }', {
        i: { id: braced, version: idea.version },
      }),
    ).submitIdea;
    // the owner spelled differently from the author: still the same person, not a duplicate team member
    const approved = ok(
      await manager.gql(
        'mutation($i: ApproveIdeaInput!) { approveIdea(input: $i) { id state experiment { id owner { id } team { id } } } }',
        { i: { id: sent.id.toUpperCase(), version: sent.version, ownerId: `{${me.id.toUpperCase()}}` } },
      ),
    ).approveIdea;
    expect(approved.state).toBe('APPROVED');
    expect(approved.experiment.owner.id).toBe(me.id);
    expect(approved.experiment.team.filter((m: any) => m.id === me.id)).toHaveLength(1);
  });

  it('refuses an id that is not a uuid, naming the field', async () => {
    const employee = await loginAs('ansatt@bodo.demo');
    expectRefusedNaming(await employee.gql('query($id: ID!) { idea(id: $id) { id } }', { id: 'abc' }), 'id');
    expectRefusedNaming(
      await employee.gql(`{ idea(id: "{${FAKE_ID}") { id } }`), // one brace only
      'id',
    );
    // GraphQL's ID also takes numbers; ours are uuids, so they are refused before PostgreSQL.
    expectRefusedNaming(await employee.gql('query($id: ID!) { idea(id: $id) { id } }', { id: 123 }), 'id');
    expectRefusedNaming(await employee.gql('{ idea(id: 123) { id } }'), 'id');
  });

  it('refuses C1 control characters as well as C0 ones', async () => {
    const employee = await loginAs('ansatt@bodo.demo');
    const res = await employee.gql(
      'mutation($t: String!) { createIdea(input: { title: $t, unitId: "' + FAKE_ID + '" }) { id } }',
      {
        t: 'Tittel\u0085',
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('requests the body parser refuses, in GraphQL’s error shape', () => {
  const post = (body: string, contentType = 'application/json') =>
    fetch(`${baseUrl()}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ query: `{ me { id } }`, variables: { x: 'a'.repeat(200_000) } }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers malformed JSON and a charset other than UTF-8 with BAD_REQUEST', async () => {
    const malformed = await post('{"query": "{ me { id } }"');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }],
    });
    const latin1 = await post('{"query": "{ me { id } }"}', 'application/json; charset=latin1');
    expect(latin1.status).toBe(415);
    expect(await latin1.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('security headers', () => {
  it.each(['/graphql', '/health/live', '/', '/logg-inn', '/nothing-here.js'])(
    'are on every response (%s)',
    async (path) => {
      const res =
        path === '/graphql'
          ? await fetch(`${baseUrl()}${path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ __typename }' }),
            })
          : await fetch(`${baseUrl()}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      // not in development: HSTS would pin a developer's localhost to https
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('x-powered-by')).toBeNull();
    },
  );
});
