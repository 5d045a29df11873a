import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChallengeState, Check, ErrorCode, checkChallengeFields } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { assertAllowed, positional } from '../core/auth/authority.js';
import { Primed, type Loaded } from '../core/graphql/loader-kit.js';
import { decodeCursor, pageSize, toPage, type Page } from '../core/graphql/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { NetworkEntity } from '../networks/network.entity.js';
import { networkFromRow, type NetworkRow } from '../networks/networks.loaders.js';
import { IdeasPolicy } from '../ideas/ideas.policy.js';
import { ideaFromRow, type IdeaRow } from '../ideas/ideas.loaders.js';
import type { IdeaEntity } from '../ideas/idea.entity.js';
import { experimentFromRow, type ExperimentRow } from '../experiments/experiments.loaders.js';
import {
  unitFromRow,
  organisationFromRow,
  type UnitRow,
  type OrganisationRow,
} from '../organisations/organisations.loaders.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import { personFromRow, personJson, type PersonRow } from '../identity/identity.loaders.js';
import { lessonFromRow, type LessonRow } from '../lessons/lessons.loaders.js';
import type { LessonEntity } from '../lessons/lesson.entity.js';
import { ChallengeEntity } from './challenge.entity.js';
import { ChallengesPolicy, type ChallengeNetworkFacts } from './challenges.policy.js';
import { NETWORK_FACTS_SQL, challengeFromRow, type ChallengeRow } from './challenges.sql.js';
import type { PostChallengeInput } from './dto/challenges.inputs.js';

/** A challenge with the facts its policy needs. */
export interface ChallengeWithFacts {
  challenge: ChallengeEntity;
  network: ChallengeNetworkFacts | null;
}

export interface ChallengeReach {
  organisation: OrganisationEntity;
  ideas: number;
  experiments: number;
  running: number;
  lessons: number;
}

/** What the challenge page shows: ideas of my organisation in full, the rest as counts and shared lessons. */
export interface ChallengePage extends ChallengeWithFacts {
  ideas: IdeaEntity[];
  reach: ChallengeReach[];
  lessons: Array<{ lesson: LessonEntity; organisation: OrganisationEntity }>;
}

/** Challenges (utfordringer): posting, closing, the list and the page. */
@Injectable()
export class ChallengesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /**
   * My organisation's challenges and my networks' (OPEN by default), soonest deadline first,
   * a keyset page over (deadline, id), in one statement with their networks and organisations.
   */
  list(
    actor: Actor,
    opts: {
      state?: ChallengeState | null;
      networkId?: string | null;
      first?: number | null;
      after?: string | null;
    } = {},
  ): Promise<Page<ChallengeWithFacts> & { primed: Primed }> {
    const size = pageSize(opts.first);
    const cursor = decodeCursor(opts.after);
    return this.db.run(actor.scope, async (m) => {
      const { params, bind } = positional();
      const w = [ChallengesPolicy.listFilter(actor, 'c', '(SELECT app_member_network_ids())::uuid[]', bind)];
      if (opts.state !== null) w.push(`c.state = ${bind(opts.state ?? ChallengeState.OPEN)}`);
      if (opts.networkId) w.push(`c.network_id = ${bind(opts.networkId)}::uuid`);
      if (cursor)
        w.push(
          `(c.deadline, c.id) > (${bind(cursor.at.toISOString().slice(0, 10))}::date, ${bind(cursor.id)}::uuid)`,
        );
      const rows: Array<{
        c: ChallengeRow;
        network_facts: ChallengeNetworkFacts | null;
        n: NetworkRow | null;
        o: OrganisationRow | null;
      }> = await m.query(
        `SELECT row_to_json(c) AS c, ${NETWORK_FACTS_SQL},
           (SELECT row_to_json(n) FROM networks n WHERE n.id = c.network_id) AS n,
           (SELECT row_to_json(o) FROM organisations o WHERE o.id = c.organisation_id) AS o
         FROM challenges c WHERE ${w.join(' AND ')}
         ORDER BY c.deadline ASC, c.id ASC LIMIT ${bind(size + 1)}`,
        params,
      );
      const primed = new Primed();
      const node = rows.map((r) => {
        const challenge = challengeFromRow(r.c);
        if (r.n) primed.add('network', r.n.id, networkFromRow(r.n));
        if (r.o) primed.add('organisation', r.o.id, organisationFromRow(r.o));
        return { challenge, network: r.network_facts };
      });
      const page = toPage(node, size, (x) => ({
        at: new Date(`${x.challenge.deadline}T00:00:00Z`),
        id: x.challenge.id,
      }));
      return { ...page, primed };
    });
  }

  /**
   * One challenge and what came of it, in one statement: my organisation's ideas answering it
   * (the ideas policy's list rule: no one else's drafts) with their units, authors and
   * experiments; for a network challenge the counts per member organisation (through
   * `app_challenge_reach`, which answers only members); and the published lessons that came
   * of it that I may see: my organisation's, and other members' shared across the border.
   */
  load(actor: Actor, id: string): Promise<Loaded<ChallengePage>> {
    return this.db.run(actor.scope, async (m) => {
      if (!isUuid(id)) throw DomainError.notFound('The challenge');
      const { params, bind } = positional();
      const cid = bind(id);
      const org = bind(actor.organisationId);
      const rows: Array<{
        c: ChallengeRow;
        network_facts: ChallengeNetworkFacts | null;
        n: NetworkRow | null;
        o: OrganisationRow | null;
        ideas: Array<{ i: IdeaRow; u: UnitRow | null; a: PersonRow | null; x: ExperimentRow | null }> | null;
        reach: Array<{
          organisation_id: string;
          ideas: number;
          experiments: number;
          running: number;
          lessons: number;
          o: OrganisationRow;
        }> | null;
        lessons: Array<{ l: LessonRow; o: OrganisationRow }> | null;
      }> = await m.query(
        `WITH c AS (SELECT * FROM challenges WHERE id = ${cid}::uuid),
              r AS (SELECT r.* FROM c, app_challenge_reach(c.id) r)
         SELECT row_to_json(c) AS c, ${NETWORK_FACTS_SQL},
           (SELECT row_to_json(n) FROM networks n WHERE n.id = c.network_id) AS n,
           (SELECT row_to_json(o) FROM organisations o WHERE o.id = c.organisation_id) AS o,
           (SELECT json_agg(json_build_object('i', row_to_json(i), 'u', row_to_json(u), 'a', ${personJson('a')},
                   'x', row_to_json(x)) ORDER BY i.created_at DESC, i.id DESC)
              FROM ideas i LEFT JOIN units u ON u.id = i.unit_id LEFT JOIN persons a ON a.id = i.author_id
              LEFT JOIN experiments x ON x.id = i.experiment_id
             WHERE i.challenge_id = c.id AND ${IdeasPolicy.listFilter(actor, 'i', bind)}) AS ideas,
           (SELECT json_agg(json_build_object('organisation_id', r.organisation_id, 'ideas', r.ideas,
                   'experiments', r.experiments, 'running', r.running, 'lessons', r.lessons, 'o', row_to_json(ro))
                   ORDER BY ro.name)
              FROM r JOIN organisations ro ON ro.id = r.organisation_id) AS reach,
           (SELECT json_agg(json_build_object('l', row_to_json(l), 'o', row_to_json(lo))
                   ORDER BY l.published_at DESC, l.id DESC)
              FROM lessons l JOIN organisations lo ON lo.id = l.organisation_id
             WHERE l.state = 'PUBLISHED' AND (
                   l.id IN (SELECT unnest(r.lesson_ids) FROM r)
                OR (l.organisation_id = ${org} AND l.experiment_id IN (
                      SELECT i.experiment_id FROM ideas i WHERE i.challenge_id = c.id AND i.organisation_id = ${org})))
           ) AS lessons
         FROM c`,
        params,
      );
      const r = rows[0];
      const challenge = r && challengeFromRow(r.c);
      if (!r || !ChallengesPolicy.canSee(actor, challenge, r.network_facts))
        throw DomainError.notFound('The challenge');
      const primed = new Primed();
      if (r.n) primed.add('network', r.n.id, networkFromRow(r.n));
      if (r.o) primed.add('organisation', r.o.id, organisationFromRow(r.o));
      const ideas = (r.ideas ?? []).map((x) => {
        const idea = ideaFromRow(x.i);
        primed.add('idea', idea.id, idea);
        if (x.u) primed.add('unit', idea.unitId, unitFromRow(x.u));
        primed.add('person', idea.authorId, x.a && personFromRow(x.a));
        if (idea.experimentId)
          primed.add('experiment', idea.experimentId, x.x ? experimentFromRow(x.x) : null);
        return idea;
      });
      return {
        node: {
          challenge,
          network: r.network_facts,
          ideas,
          reach: (r.reach ?? []).map((x) => ({
            organisation: organisationFromRow(x.o),
            ideas: x.ideas,
            experiments: x.experiments,
            running: x.running,
            lessons: x.lessons,
          })),
          lessons: (r.lessons ?? []).map((x) => ({
            lesson: lessonFromRow(x.l),
            organisation: organisationFromRow(x.o),
          })),
        },
        primed,
      };
    });
  }

  async post(actor: Actor, input: PostChallengeInput): Promise<ChallengeWithFacts> {
    const networkId = input.networkId ?? null;
    if (networkId === null && !ChallengesPolicy.canPostForOrganisation(actor))
      throw DomainError.forbidden('Only the innovation lead posts challenges for the organisation');
    if (
      networkId !== null &&
      !ChallengesPolicy.canPostForNetwork(actor, { organisationId: actor.organisationId })
    )
      throw DomainError.forbidden('Only a coordinator of the network posts challenges for it');
    const fields = {
      title: input.title.trim(),
      need: input.need.trim(),
      concerns: input.concerns.trim(),
      deadline: input.deadline.trim(),
    };
    assertValid(checkChallengeFields(new Check(), fields));
    return this.db.run(actor.scope, async (m) => {
      let network: ChallengeNetworkFacts | null = null;
      if (networkId !== null) {
        const n = isUuid(networkId) ? await m.findOneBy(NetworkEntity, { id: networkId }) : null;
        if (!n) throw DomainError.notFound('The network');
        if (!ChallengesPolicy.canPostForNetwork(actor, n))
          throw DomainError.forbidden('Only a coordinator of the network posts challenges for it');
        network = { organisationId: n.organisationId, coordinatorId: n.coordinatorId, iAmMember: true };
      }
      const challenge = await m.save(
        ChallengeEntity,
        m.create(ChallengeEntity, {
          ...fields,
          organisationId: actor.organisationId,
          networkId,
          state: ChallengeState.OPEN,
          createdById: actor.personId,
          closedAt: null,
        }),
      );
      await this.record(m, actor, challenge, 'challenge.created', null, {
        ...fields,
        networkId,
        state: challenge.state,
      });
      return { challenge, network };
    });
  }

  async close(actor: Actor, id: string): Promise<ChallengeWithFacts> {
    return this.db.run(actor.scope, async (m) => {
      const found = await this.facts(m, actor, id);
      assertAllowed(ChallengesPolicy.rules(actor, found.challenge, found.network).close);
      const { challenge } = found;
      challenge.state = ChallengeState.CLOSED;
      challenge.closedAt = new Date();
      // Only an open one moves (two closing at once: the second finds it closed).
      const moved = await m.update(
        ChallengeEntity,
        { id: challenge.id, state: ChallengeState.OPEN },
        { state: challenge.state, closedAt: challenge.closedAt },
      );
      if (!moved.affected) throw DomainError.conflict('The challenge was closed meanwhile');
      await this.record(
        m,
        actor,
        challenge,
        'challenge.closed',
        { state: ChallengeState.OPEN },
        { state: challenge.state },
      );
      return found;
    });
  }

  /** Whether the actor may see the challenge, inside the caller's transaction (following asks this). */
  async visibleTo(m: EntityManager, actor: Actor, id: string): Promise<boolean> {
    try {
      await this.facts(m, actor, id);
      return true;
    } catch (err) {
      if (err instanceof DomainError && err.code === ErrorCode.NOT_FOUND) return false;
      throw err;
    }
  }

  private async facts(m: EntityManager, actor: Actor, id: string): Promise<ChallengeWithFacts> {
    if (!isUuid(id)) throw DomainError.notFound('The challenge');
    const rows: Array<{ c: ChallengeRow; network_facts: ChallengeNetworkFacts | null }> = await m.query(
      `SELECT row_to_json(c) AS c, ${NETWORK_FACTS_SQL} FROM challenges c WHERE c.id = $1`,
      [id],
    );
    const r = rows[0];
    const challenge = r && challengeFromRow(r.c);
    if (!r || !ChallengesPolicy.canSee(actor, challenge, r.network_facts))
      throw DomainError.notFound('The challenge');
    return { challenge, network: r.network_facts };
  }

  private record(
    m: EntityManager,
    actor: Actor,
    c: ChallengeEntity,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    return this.audit.record(m, {
      organisationId: actor.organisationId,
      actorId: actor.personId,
      entityType: 'challenge',
      entityId: c.id,
      action,
      before,
      after,
    });
  }
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
