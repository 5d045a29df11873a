import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { Logger } from 'typeorm';
import { ExperimentState, IdeaState, PartnerKind } from '@laerekraft/shared';
import { loadConfig } from '../../config/config.js';
import { createServer } from '../../../server.js';
import { createTestDataSource } from '../../../testing/test-database.js';
import { buildOrganisation } from '../../../testing/fixtures.js';
import { IdeaEntity } from '../../../ideas/idea.entity.js';
import { IdeaBackingEntity } from '../../../ideas/idea-backing.entity.js';
import { IdeaCommentEntity } from '../../../ideas/idea-comment.entity.js';
import { ExperimentEntity } from '../../../experiments/experiment.entity.js';
import { ExperimentMemberEntity, PartnerEntity } from '../../../experiments/experiment-parts.entity.js';
import { hashPassword } from '../../auth/passwords.js';
import { PersonEntity } from '../../../identity/person.entity.js';

/** Counts every SQL statement the app sends. */
class CountingLogger implements Logger {
  count = 0;
  queries: string[] = [];
  logQuery(q: string) {
    this.count++;
    this.queries.push(q.replace(/\s+/g, ' ').slice(0, 90));
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const IDEAS = `query($n: Int!) { ideas(first: $n) { nodes { id title state unit { id name } author { id name } isMine backingCount backedByMe commentCount
  decidedBy { name } experiment { id state } viewerCan { edit submit decide backOrComment } waitingDays } pageInfo { hasNextPage } } }`;
const EXPERIMENTS = `query($n: Int!) { experiments(first: $n) { nodes { id title state unit { name } owner { name } team { id name }
  partners { name kind organisation { name } } partnerCount entryCount lastEntryOn idea { title } viewerCan { edit start conclude stop log } } pageInfo { hasNextPage } } }`;

describe('list queries do not issue a query per row (real HTTP, real PostgreSQL)', () => {
  const logger = new CountingLogger();
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;
  let agent: ReturnType<typeof request.agent>;
  const measured: Record<string, number> = {};

  beforeAll(async () => {
    env = await createTestDataSource({ logger });
    const o = await buildOrganisation(env.ds.manager);
    const m = env.ds.manager;
    const authors = [o.employee, o.colleague, o.rep, o.teamManager];
    const units = [o.units.team, o.units.department, o.units.sector, o.units.other];
    for (let i = 0; i < 60; i++) {
      const author = authors[i % authors.length];
      const idea = await m.save(
        IdeaEntity,
        m.create(IdeaEntity, {
          organisationId: o.org.id,
          unitId: units[i % units.length],
          authorId: author.personId,
          title: `Idé ${i}`,
          state: i % 3 === 2 ? IdeaState.APPROVED : IdeaState.SUBMITTED,
          submittedAt: new Date(Date.now() - i * 3600_000),
          decidedById: i % 3 === 2 ? o.sectorManager.personId : null,
          hideAuthor: i % 5 === 0,
        }),
      );
      await m.insert(
        IdeaBackingEntity,
        authors
          .filter((a) => a !== author)
          .map((a) => ({ ideaId: idea.id, personId: a.personId, organisationId: o.org.id })),
      );
      await m.insert(IdeaCommentEntity, {
        ideaId: idea.id,
        organisationId: o.org.id,
        authorId: o.lead.personId,
        text: 'Godt forslag',
      });
      const e = await m.save(
        ExperimentEntity,
        m.create(ExperimentEntity, {
          organisationId: o.org.id,
          unitId: units[i % units.length],
          ideaId: i % 3 === 2 ? idea.id : null,
          title: `Forsøk ${i}`,
          ownerId: author.personId,
          state: ExperimentState.RUNNING,
        }),
      );
      if (i % 3 === 2) await m.update(IdeaEntity, { id: idea.id }, { experimentId: e.id });
      await m.insert(
        ExperimentMemberEntity,
        authors.map((a) => ({ experimentId: e.id, personId: a.personId, organisationId: o.org.id })),
      );
      await m.insert(PartnerEntity, [
        {
          experimentId: e.id,
          organisationId: o.org.id,
          kind: PartnerKind.ACADEMIA,
          name: 'Nord universitet',
          role: 'Følgeforskning',
          partnerOrganisationId: o.org.id,
        },
        {
          experimentId: e.id,
          organisationId: o.org.id,
          kind: PartnerKind.CITIZENS,
          name: 'Brukerrådet',
          role: 'Medskaping',
          partnerOrganisationId: null,
        },
      ]);
    }
    app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: false }, env.app);
    await app.listen(0, '127.0.0.1');
    // Sign in as the sector manager (sees every idea and may decide on most), through the real login.
    await m.update(
      PersonEntity,
      { id: o.sectorManager.personId },
      { passwordHash: await hashPassword('a long enough password') },
    );
    const person = await m.findOneByOrFail(PersonEntity, { id: o.sectorManager.personId });
    agent = request.agent(app.getHttpServer());
    const login = await agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query:
          'mutation($e: String!) { login(input: { email: $e, password: "a long enough password" }) { id } }',
        variables: { e: person.email },
      });
    expect(login.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await app.close();
    await env.close();
    process.stdout.write(`SQL statements per list request: ${JSON.stringify(measured)}\n`);
  });

  async function statementsFor(query: string, n: number): Promise<number> {
    const before = logger.count;
    logger.queries = [];
    const res = await agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query, variables: { n } });
    expect(res.body.errors).toBeUndefined();
    const nodes = (res.body.data.ideas ?? res.body.data.experiments).nodes;
    expect(nodes).toHaveLength(n);
    if (process.env.SQL_COUNT_DEBUG) process.stdout.write(`--- ${n}\n${logger.queries.join('\n')}\n`);
    // One read-only transaction for the whole request, DataLoader batches included; the
    // session lookup sets the tenant in the same statement, so nothing sets it again.
    expect(logger.queries[0]).toBe('START TRANSACTION READ ONLY');
    expect(logger.queries[1]).toMatch(/^SELECT \* FROM app_session_actor/);
    expect(logger.queries.at(-1)).toBe('COMMIT');
    expect(logger.queries.filter((q) => /^(START|BEGIN|COMMIT|ROLLBACK)/.test(q))).toHaveLength(2);
    expect(logger.queries.filter((q) => q.includes('set_config'))).toHaveLength(0);
    return logger.count - before;
  }

  it.each([
    ['ideas', IDEAS],
    ['experiments', EXPERIMENTS],
  ])('%s: 50 rows cost no more statements than 1 row, give or take batching', async (name, query) => {
    const one = await statementsFor(query, 1);
    const fifty = await statementsFor(query, 50);
    measured[`${name}@1`] = one;
    measured[`${name}@50`] = fifty;
    // A field that queried per row would add at least 49 statements (4 with its transaction).
    // Without one, the count stays flat; DataLoader batch boundaries depend on when the
    // database answers, so the same request may split into a few more or fewer batches.
    expect(fifty - one).toBeLessThan(10);
    expect(fifty).toBeLessThan(60);
  });
});
