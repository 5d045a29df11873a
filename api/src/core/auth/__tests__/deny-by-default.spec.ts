import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  getNamedType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import request from 'supertest';
import { loadConfig } from '../../config/config.js';
import { createServer } from '../../../server.js';
import { createTestDataSource } from '../../../testing/test-database.js';

/**
 * Operations anyone may call without a session. Everything else must say UNAUTHENTICATED.
 * `publicLesson` and `publicLessons` read public lessons as nobody (`@Anonymous`: no session
 * lookup, no tenant; docs/security.md, "Public pages and open data").
 */
const PUBLIC = ['login', 'logout', 'acceptInvitation', 'invitationPreview', 'publicLesson', 'publicLessons'];

function sample(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType);
  if (type instanceof GraphQLList) return [sample(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type)]));
  }
  const name = (type as GraphQLScalarType).name;
  return {
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'x',
    Int: 1,
    Float: 1,
    Boolean: false,
    DateTime: new Date().toISOString(),
  }[name];
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const variables = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)]));
  const query = `${kind}${vars ? ` Op(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

describe('every operation is guarded (real HTTP, real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;

  beforeAll(async () => {
    env = await createTestDataSource();
    app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: false }, env.app);
    await app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app.close();
    await env.close();
  });

  it('refuses every non-public query and mutation without a session', async () => {
    const schema = app.get(GraphQLSchemaHost).schema;
    const fields = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ];
    expect(fields.length).toBeGreaterThan(15);
    const server = app.getHttpServer();
    const unguarded: string[] = [];
    for (const [kind, field] of fields) {
      if (PUBLIC.includes(field.name)) continue;
      const res = await request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send(operationFor(kind, field));
      const code = res.body.errors?.[0]?.extensions?.code;
      if (code !== 'UNAUTHENTICATED')
        unguarded.push(
          `${field.name} → ${code ?? 'no error'} ${JSON.stringify(res.body.errors?.[0]?.message ?? '')}`,
        );
    }
    expect(unguarded).toEqual([]);
  });

  it('has exactly the public operations it lists, each answering without a session', async () => {
    const schema = app.get(GraphQLSchemaHost).schema;
    const names = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ];
    for (const name of PUBLIC) expect(names).toContain(name);
    const res = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ publicLessons(first: 1) { nodes { id } } }' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.publicLessons.nodes).toEqual([]);
  });

  it('answers variables of the wrong type as the client’s mistake, not a server failure', async () => {
    const res = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: 'mutation Op($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
        variables: { input: { name: 'x', locale: 'klingon' } },
      });
    expect(res.body.errors[0].extensions.code).toMatch(/VALIDATION_FAILED|BAD_USER_INPUT/);
    expect(JSON.stringify(res.body)).not.toMatch(/\bat \//);
  });

  it('refuses a forged session cookie', async () => {
    const res = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', 'lk_session=s%3Aforged.signature')
      .send({ query: '{ me { id } }' });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
