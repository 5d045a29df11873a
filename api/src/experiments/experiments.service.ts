import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  Check,
  checkTags,
  ErrorCode,
  ExperimentAction,
  ExperimentState,
  Limits,
  isExperimentOpen,
  nextExperimentState,
} from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { assertVersion, transitionOrRefuse } from '../core/errors/guards.js';
import { decodeCursor, pageSize, toPage, type ListScope, type Page } from '../core/graphql/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { PersonEntity } from '../identity/person.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { unitChain } from '../organisations/unit-tree.js';
import {
  organisationFromRow,
  unitChainCte,
  unitChainJson,
  unitFromRow,
  unitsBelowCte,
  type OrganisationRow,
  type UnitRow,
} from '../organisations/organisations.loaders.js';
import { personFromRow, personJson, type PersonRow } from '../identity/identity.loaders.js';
import { ideaFromRow, type IdeaRow } from '../ideas/ideas.loaders.js';
import {
  entryFromRow,
  revisionFromRow,
  type LearningEntryRevisionRow,
  type LearningEntryRow,
} from '../learning/learning.loaders.js';
import { Primed, type Loaded } from '../core/graphql/loader-kit.js';
import type { IdeaEntity } from '../ideas/idea.entity.js';
import { ExperimentEntity } from './experiment.entity.js';
import {
  ExperimentMemberEntity,
  MeasurementEntity,
  PartnerEntity,
  UnionInvolvementEntity,
} from './experiment-parts.entity.js';
import { ExperimentsPolicy, type ExperimentFacts } from './experiments.policy.js';
import {
  experimentFromRow,
  measurementFromRow,
  memberFromRow,
  partnerFromRow,
  unionFromRow,
  type ExperimentRow,
  type MeasurementRow,
  type MemberRow,
  type PartnerRow,
  type UnionInvolvementRow,
} from './experiments.loaders.js';
import type {
  AddMeasurementInput,
  AddPartnerInput,
  ConcludeExperimentInput,
  CreateExperimentInput,
  ExperimentFrameInput,
  ExperimentVersionInput,
  LearningCardInput,
  RecordUnionInvolvementInput,
  SetExperimentTeamInput,
  StopExperimentInput,
  UpdateExperimentInput,
} from './dto/experiments.inputs.js';

const frameSnapshot = (e: ExperimentEntity) => ({
  title: e.title,
  summary: e.summary,
  change: e.change,
  targetGroup: e.targetGroup,
  expectedEffect: e.expectedEffect,
  metric: e.metric,
  baseline: e.baseline,
  target: e.target,
  byDate: e.byDate,
  acceptableLoss: e.acceptableLoss,
  hours: e.hours,
  nok: e.nok,
  affectsEmployees: e.affectsEmployees,
  actions: e.actions,
  sdgs: e.sdgs,
  theme: e.theme,
});

/** Experiments: their frame, team, partners, union involvement, measurements and their life from start to conclusion. */
@Injectable()
export class ExperimentsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** The experiment alone (its relations through the loaders, if anyone asks). */
  async get(actor: Actor, id: string): Promise<ExperimentEntity> {
    return (await this.load(actor, id, new Set())).node;
  }

  /** One experiment with the relations `fields` asks for (its log, say), read in one statement. */
  load(actor: Actor, id: string, fields?: ReadonlySet<string>): Promise<Loaded<ExperimentEntity>> {
    return this.db.run(actor.scope, async (m) => {
      const { rows, primed } = await this.read(m, actor, {
        where: (p) => `e.id = ${p(id)}::uuid`,
        limit: 1,
        fields,
      });
      const e = rows[0];
      if (!e || !ExperimentsPolicy.canSee(actor, e)) throw DomainError.notFound('The experiment');
      return { node: e, primed };
    });
  }

  async list(
    actor: Actor,
    scope: ListScope,
    first?: number | null,
    after?: string | null,
    fields?: ReadonlySet<string>,
  ): Promise<Page<ExperimentEntity> & { primed: Primed }> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    return this.db.run(actor.scope, async (m) => {
      const { rows, primed } = await this.read(m, actor, {
        where: (p) => {
          const w: string[] = [];
          if (scope === 'MINE') {
            const me = p(actor.personId);
            w.push(
              `(e.owner_id = ${me} OR EXISTS (SELECT 1 FROM experiment_members em WHERE em.experiment_id = e.id AND em.person_id = ${me}))`,
            );
          } else if (scope === 'UNIT') w.push('e.unit_id IN (SELECT id FROM below)');
          if (cursor) w.push(`(e.created_at, e.id) < (${p(cursor.at)}, ${p(cursor.id)})`);
          return w.join(' AND ') || 'true';
        },
        below:
          scope === 'UNIT' ? (p) => `SELECT unit_id FROM persons WHERE id = ${p(actor.personId)}` : undefined,
        limit: size + 1,
        fields,
      });
      return { ...toPage(rows, size, (r) => ({ at: r.createdAt, id: r.id })), primed };
    });
  }

  /**
   * The experiments `where` selects in the actor's organisation, newest first, with the
   * relations `fields` asks for (all when absent) as JSON in the same statement: unit and
   * its chain, owner, team, partners (and their organisations), log counts, idea; the log
   * (with revisions), union involvements and measurements. They prime the request's loaders.
   */
  private async read(
    m: EntityManager,
    actor: Actor,
    q: {
      where: (p: (v: unknown) => string) => string;
      below?: (p: (v: unknown) => string) => string;
      limit: number;
      fields?: ReadonlySet<string>;
    },
  ): Promise<{ rows: ExperimentEntity[]; primed: Primed }> {
    const wants = (...names: string[]) => !q.fields || names.some((n) => q.fields!.has(n));
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const ctes = [
      ...(q.below ? [unitsBelowCte(q.below(p))] : []),
      `page AS MATERIALIZED (
         SELECT e.* FROM experiments e WHERE e.organisation_id = ${p(actor.organisationId)} AND ${q.where(p)}
         ORDER BY e.created_at DESC, e.id DESC LIMIT ${p(q.limit)})`,
    ];
    const cols = ['row_to_json(p) AS e'];
    const include = {
      unit: wants('unit'),
      chain: wants('viewerCan'),
      owner: wants('owner'),
      team: wants('team', 'viewerCan'),
      partners: wants('partners', 'partnerCount'),
      entries: wants('entryCount', 'lastEntryOn'),
      idea: wants('idea'),
      log: wants('learningEntries'),
      unions: wants('unionInvolvements'),
      measurements: wants('measurements'),
    };
    if (include.unit) cols.push('(SELECT row_to_json(u) FROM units u WHERE u.id = p.unit_id) AS unit');
    if (include.chain) {
      ctes.push(unitChainCte('SELECT unit_id FROM page'));
      cols.push(`${unitChainJson('p.unit_id')} AS chain`);
    }
    if (include.owner)
      cols.push(`(SELECT ${personJson('o')} FROM persons o WHERE o.id = p.owner_id) AS owner`);
    if (include.team)
      cols.push(`(SELECT json_agg(json_build_object('m', row_to_json(tm), 'p', ${personJson('tp')}) ORDER BY tm.created_at)
          FROM experiment_members tm LEFT JOIN persons tp ON tp.id = tm.person_id WHERE tm.experiment_id = p.id) AS team`);
    if (include.partners)
      cols.push(`(SELECT json_agg(json_build_object('p', row_to_json(pa), 'o', row_to_json(po)) ORDER BY pa.created_at)
          FROM experiment_partners pa LEFT JOIN organisations po ON po.id = pa.partner_organisation_id
          WHERE pa.experiment_id = p.id) AS partners`);
    if (include.entries)
      cols.push(`(SELECT json_build_object('n', count(*), 'last', max(lc.entry_date))
          FROM learning_entries lc WHERE lc.experiment_id = p.id) AS entries`);
    if (include.idea) cols.push('(SELECT row_to_json(i) FROM ideas i WHERE i.id = p.idea_id) AS idea');
    if (include.log)
      cols.push(`(SELECT json_agg(json_build_object('e', row_to_json(le), 'a', ${personJson('la')},
           'r', (SELECT json_agg(json_build_object('r', row_to_json(lr), 'a', ${personJson('ra')}) ORDER BY lr.version)
                 FROM learning_entry_revisions lr LEFT JOIN persons ra ON ra.id = lr.edited_by_id WHERE lr.entry_id = le.id))
           ORDER BY le.entry_date DESC, le.created_at DESC)
         FROM learning_entries le LEFT JOIN persons la ON la.id = le.author_id WHERE le.experiment_id = p.id) AS log`);
    if (include.unions)
      cols.push(`(SELECT json_agg(json_build_object('u', row_to_json(ui), 'a', ${personJson('ua')}) ORDER BY ui.occurred_on)
         FROM union_involvements ui LEFT JOIN persons ua ON ua.id = ui.recorded_by_id WHERE ui.experiment_id = p.id) AS unions`);
    if (include.measurements)
      cols.push(`(SELECT json_agg(row_to_json(ms) ORDER BY ms.measured_on)
         FROM measurements ms WHERE ms.experiment_id = p.id) AS measurements`);
    const rows: Array<{
      e: ExperimentRow;
      unit?: UnitRow | null;
      chain?: string[];
      owner?: PersonRow | null;
      team?: Array<{ m: MemberRow; p: PersonRow | null }> | null;
      partners?: Array<{ p: PartnerRow; o: OrganisationRow | null }> | null;
      entries?: { n: number; last: string | null };
      idea?: IdeaRow | null;
      log?: Array<{
        e: LearningEntryRow;
        a: PersonRow | null;
        r: Array<{ r: LearningEntryRevisionRow; a: PersonRow | null }> | null;
      }> | null;
      unions?: Array<{ u: UnionInvolvementRow; a: PersonRow | null }> | null;
      measurements?: MeasurementRow[] | null;
    }> = await m.query(
      `WITH RECURSIVE ${ctes.join(', ')}
       SELECT ${cols.join(',\n         ')}
       FROM page p ORDER BY p.created_at DESC, p.id DESC`,
      params,
    );
    const primed = new Primed();
    const person = (id: string, r: PersonRow | null) => primed.add('person', id, r && personFromRow(r));
    const out = rows.map((r) => {
      const e = experimentFromRow(r.e);
      primed.add('experiment', e.id, e);
      if (r.unit) primed.add('unit', e.unitId, unitFromRow(r.unit));
      if (include.chain) primed.add('unitChain', e.unitId, r.chain!);
      if (include.owner) person(e.ownerId, r.owner!);
      if (include.team) {
        const team = (r.team ?? []).map((t) => {
          person(t.m.person_id, t.p);
          return memberFromRow(t.m);
        });
        primed.add('teamByExperiment', e.id, team);
      }
      if (include.partners) {
        const partners = (r.partners ?? []).map((x) => {
          if (x.p.partner_organisation_id)
            primed.add('organisation', x.p.partner_organisation_id, x.o && organisationFromRow(x.o));
          return partnerFromRow(x.p);
        });
        primed.add('partnersByExperiment', e.id, partners);
        primed.add('partnerCount', e.id, partners.length);
      }
      if (r.entries) primed.add('entryStats', e.id, { count: r.entries.n, last: r.entries.last });
      if (include.idea && e.ideaId) primed.add('idea', e.ideaId, r.idea ? ideaFromRow(r.idea) : null);
      if (include.log) {
        const entries = (r.log ?? []).map((x) => {
          person(x.e.author_id, x.a);
          const revisions = (x.r ?? []).map((y) => {
            person(y.r.edited_by_id, y.a);
            return revisionFromRow(y.r);
          });
          primed.add('revisionsByEntry', x.e.id, revisions);
          return entryFromRow(x.e);
        });
        primed.add('entriesByExperiment', e.id, entries);
      }
      if (include.unions)
        primed.add(
          'unionByExperiment',
          e.id,
          (r.unions ?? []).map((x) => {
            person(x.u.recorded_by_id, x.a);
            return unionFromRow(x.u);
          }),
        );
      if (include.measurements)
        primed.add('measurementsByExperiment', e.id, (r.measurements ?? []).map(measurementFromRow));
      return e;
    });
    return { rows: out, primed };
  }

  /** Called inside the approval's transaction: the experiment carries the idea's text and tags. */
  async createFromIdea(
    m: EntityManager,
    actor: Actor,
    idea: IdeaEntity,
    ownerId: string,
  ): Promise<ExperimentEntity> {
    const e = await m.save(
      ExperimentEntity,
      m.create(ExperimentEntity, {
        organisationId: idea.organisationId,
        unitId: idea.unitId,
        ideaId: idea.id,
        title: idea.title,
        summary: [idea.proposal, idea.benefit].filter(Boolean).join('\n\n'),
        ownerId,
        state: ExperimentState.PLANNED,
        targetGroup: idea.needWhose,
        change: idea.proposal,
        expectedEffect: idea.benefit,
        actions: idea.actions,
        sdgs: idea.sdgs,
        theme: idea.theme,
      }),
    );
    const team = [...new Set(idea.hideAuthor ? [ownerId] : [ownerId, idea.authorId])];
    await m.insert(
      ExperimentMemberEntity,
      team.map((personId) => ({ experimentId: e.id, personId, organisationId: e.organisationId })),
    );
    await this.record(m, actor, e, 'experiment.created', null, { ideaId: idea.id, ownerId, state: e.state });
    return e;
  }

  async create(actor: Actor, input: CreateExperimentInput): Promise<ExperimentEntity> {
    assertValid(
      checkFrame(
        new Check()
          .required('title', input.title, Limits.TITLE_MAX)
          .text('summary', input.summary, Limits.TEXT_MAX),
        input,
      ),
    );
    return this.db.run(actor.scope, async (m) => {
      const unit = await m.findOneBy(UnitEntity, { id: input.unitId, organisationId: actor.organisationId });
      if (!unit || unit.archivedAt)
        throw DomainError.validation(
          [{ field: 'unitId', message: unit ? 'unitArchived' : 'unknownUnit' }],
          'Choose an active unit in your organisation',
        );
      if (!ExperimentsPolicy.canCreate(actor, await unitChain(m, unit.id)))
        throw DomainError.forbidden(
          'Only a manager of the unit, or of a unit above it, can start an experiment directly',
        );
      const ownerId = input.ownerId ?? actor.personId;
      await this.samePeople(m, actor, [ownerId], 'ownerId');
      const e = await m.save(
        ExperimentEntity,
        m.create(ExperimentEntity, {
          ...frameOf(input),
          title: input.title.trim(),
          summary: (input.summary ?? '').trim(),
          organisationId: actor.organisationId,
          unitId: unit.id,
          ideaId: null,
          ownerId,
          state: ExperimentState.PLANNED,
        }),
      );
      await m.insert(ExperimentMemberEntity, {
        experimentId: e.id,
        personId: ownerId,
        organisationId: e.organisationId,
      });
      await this.record(m, actor, e, 'experiment.created', null, {
        ...frameSnapshot(e),
        ownerId,
        state: e.state,
      });
      return e;
    });
  }

  async update(actor: Actor, input: UpdateExperimentInput): Promise<ExperimentEntity> {
    assertValid(
      checkFrame(
        new Check()
          .required('title', input.title, Limits.TITLE_MAX)
          .text('summary', input.summary, Limits.TEXT_MAX),
        input,
      ),
    );
    return this.change(actor, input, 'edit', async (m, e) => {
      const before = frameSnapshot(e);
      Object.assign(
        e,
        frameOf(input),
        { title: input.title.trim() },
        input.summary !== undefined ? { summary: input.summary.trim() } : {},
      );
      return { action: 'experiment.edited', before, after: frameSnapshot(e) };
    });
  }

  async setTeam(actor: Actor, input: SetExperimentTeamInput): Promise<ExperimentEntity> {
    const members = [...new Set([input.ownerId, ...input.memberIds])];
    assertValid(
      new Check().rule('memberIds', members.length <= Limits.TEAM_MAX, 'tooMany', { max: Limits.TEAM_MAX }),
    );
    return this.change(actor, input, 'edit', async (m, e) => {
      // Choosing the owner and the team is part of the frame: the owner's or a manager's call.
      if (!ExperimentsPolicy.canStartOrStop(actor, await this.facts(m, e))) {
        throw DomainError.forbidden('Only the owner or a manager can change the team');
      }
      await this.samePeople(m, actor, members, 'memberIds');
      const before = {
        ownerId: e.ownerId,
        team: (await m.findBy(ExperimentMemberEntity, { experimentId: e.id })).map((t) => t.personId),
      };
      await m.delete(ExperimentMemberEntity, { experimentId: e.id });
      await m.insert(
        ExperimentMemberEntity,
        members.map((personId) => ({ experimentId: e.id, personId, organisationId: e.organisationId })),
      );
      e.ownerId = input.ownerId;
      return { action: 'experiment.team', before, after: { ownerId: e.ownerId, team: members } };
    });
  }

  async addPartner(actor: Actor, input: AddPartnerInput): Promise<PartnerEntity> {
    assertValid(
      new Check()
        .required('name', input.name, Limits.ORGANISATION_NAME_MAX)
        .text('role', input.role, Limits.SHORT_TEXT_MAX, true),
    );
    return this.append(actor, input.experimentId, 'edit', async (m, e) => {
      if ((await m.countBy(PartnerEntity, { experimentId: e.id })) >= Limits.PARTNERS_MAX) {
        throw DomainError.validation(
          [{ field: 'experimentId', message: 'tooMany', params: { max: Limits.PARTNERS_MAX } }],
          `At most ${Limits.PARTNERS_MAX} partners`,
        );
      }
      if (
        input.partnerOrganisationId &&
        !(await m.existsBy(OrganisationEntity, { id: input.partnerOrganisationId }))
      ) {
        throw DomainError.validation(
          [{ field: 'partnerOrganisationId', message: 'unknownOrganisation' }],
          'The organisation does not exist',
        );
      }
      const p = await m.save(
        PartnerEntity,
        m.create(PartnerEntity, {
          organisationId: e.organisationId,
          experimentId: e.id,
          kind: input.kind,
          name: input.name.trim(),
          role: input.role.trim(),
          partnerOrganisationId: input.partnerOrganisationId ?? null,
        }),
      );
      return {
        result: p,
        action: 'experiment.partner.added',
        after: { kind: p.kind, name: p.name, role: p.role },
      };
    });
  }

  async removePartner(actor: Actor, partnerId: string): Promise<ExperimentEntity> {
    return this.db.run(actor.scope, async (m) => {
      const p = await m.findOneBy(PartnerEntity, { id: partnerId, organisationId: actor.organisationId });
      if (!p) throw DomainError.notFound('The partner');
      const e = await this.open(m, actor, p.experimentId, 'edit');
      await m.delete(PartnerEntity, { id: p.id });
      await this.record(
        m,
        actor,
        e,
        'experiment.partner.removed',
        { kind: p.kind, name: p.name, role: p.role },
        null,
      );
      return e;
    });
  }

  async recordUnionInvolvement(
    actor: Actor,
    input: RecordUnionInvolvementInput,
  ): Promise<UnionInvolvementEntity> {
    assertValid(
      new Check()
        .date('occurredOn', input.occurredOn, true)
        .required('who', input.who, Limits.SHORT_TEXT_MAX)
        .required('whatWasSaid', input.whatWasSaid, Limits.TEXT_MAX),
    );
    return this.append(actor, input.experimentId, 'union', async (m, e) => {
      const u = await m.save(
        UnionInvolvementEntity,
        m.create(UnionInvolvementEntity, {
          organisationId: e.organisationId,
          experimentId: e.id,
          occurredOn: input.occurredOn,
          who: input.who.trim(),
          whatWasSaid: input.whatWasSaid.trim(),
          recordedById: actor.personId,
        }),
      );
      return {
        result: u,
        action: 'experiment.union.recorded',
        after: { occurredOn: u.occurredOn, who: u.who },
      };
    });
  }

  async addMeasurement(actor: Actor, input: AddMeasurementInput): Promise<MeasurementEntity> {
    assertValid(
      new Check()
        .date('measuredOn', input.measuredOn, true)
        .rule('value', Number.isFinite(input.value), 'invalidNumber')
        .text('note', input.note, Limits.SHORT_TEXT_MAX),
    );
    return this.append(actor, input.experimentId, 'edit', async (m, e) => {
      const r = await m.save(
        MeasurementEntity,
        m.create(MeasurementEntity, {
          organisationId: e.organisationId,
          experimentId: e.id,
          measuredOn: input.measuredOn,
          value: input.value,
          note: (input.note ?? '').trim(),
          recordedById: actor.personId,
        }),
      );
      return {
        result: r,
        action: 'experiment.measurement.added',
        after: { measuredOn: r.measuredOn, value: r.value },
      };
    });
  }

  async start(actor: Actor, input: ExperimentVersionInput): Promise<ExperimentEntity> {
    return this.transition(actor, input, ExperimentAction.START, 'started', async (m, e) => {
      if (e.affectsEmployees && !(await m.existsBy(UnionInvolvementEntity, { experimentId: e.id }))) {
        throw new DomainError(
          ErrorCode.INVALID_TRANSITION,
          'This experiment changes employees’ working conditions: record the involvement of union representatives before it starts',
          [{ field: 'unionInvolvements', message: 'unionInvolvementRequired' }],
        );
      }
      e.startedAt = new Date();
      return null;
    });
  }

  async conclude(actor: Actor, input: ConcludeExperimentInput): Promise<ExperimentEntity> {
    assertValid(checkCard(new Check(), input.learningCard));
    return this.transition(actor, input, ExperimentAction.CONCLUDE, 'concluded', async (_m, e) => {
      e.result = input.result;
      setCard(e, input.learningCard);
      e.endedAt = new Date();
      return { result: e.result, learningCard: input.learningCard };
    });
  }

  async stop(actor: Actor, input: StopExperimentInput): Promise<ExperimentEntity> {
    assertValid(checkCard(new Check().reason('reason', input.reason), input.learningCard));
    return this.transition(
      actor,
      input,
      ExperimentAction.STOP,
      'stopped',
      async (_m, e) => {
        e.stopReason = input.reason.trim();
        setCard(e, input.learningCard);
        e.endedAt = new Date();
        return { learningCard: input.learningCard };
      },
      input.reason.trim(),
    );
  }

  /** Facts the policy needs: owner, team and the unit's chain of ancestors. */
  async facts(m: EntityManager, e: ExperimentEntity): Promise<ExperimentFacts> {
    const team = await m.findBy(ExperimentMemberEntity, { experimentId: e.id });
    return {
      organisationId: e.organisationId,
      ownerId: e.ownerId,
      teamIds: team.map((t) => t.personId),
      unitChain: await unitChain(m, e.unitId),
    };
  }

  /** The experiment if the actor may see it and it is still open, and they may do `what`. */
  async open(
    m: EntityManager,
    actor: Actor,
    id: string,
    what: 'edit' | 'union' | 'log',
  ): Promise<ExperimentEntity> {
    const e = await this.visible(m, actor, id, true);
    const f = await this.facts(m, e);
    const allowed =
      what === 'union'
        ? ExperimentsPolicy.canRecordUnionInvolvement(actor, f)
        : ExperimentsPolicy.canEdit(actor, f);
    if (!allowed) throw DomainError.forbidden('Only the experiment’s owner, team and managers can change it');
    if (!isExperimentOpen(e.state)) {
      throw new DomainError(
        ErrorCode.INVALID_TRANSITION,
        `The experiment is ${e.state.toLowerCase()}: it can no longer be changed`,
      );
    }
    return e;
  }

  private async transition(
    actor: Actor,
    input: ExperimentVersionInput,
    action: ExperimentAction,
    verb: string,
    apply: (m: EntityManager, e: ExperimentEntity) => Promise<Record<string, unknown> | null>,
    reason: string | null = null,
  ): Promise<ExperimentEntity> {
    return this.db.run(actor.scope, async (m) => {
      const e = await this.visible(m, actor, input.id, true);
      const f = await this.facts(m, e);
      const may =
        action === ExperimentAction.CONCLUDE
          ? ExperimentsPolicy.canConclude(actor, f)
          : ExperimentsPolicy.canStartOrStop(actor, f);
      if (!may)
        throw DomainError.forbidden(
          action === ExperimentAction.CONCLUDE
            ? 'Only the team and its managers can conclude'
            : 'Only the owner or a manager can start or stop an experiment',
        );
      assertVersion(e, input.version, 'The experiment');
      const to = transitionOrRefuse(nextExperimentState(e.state, action), e.state, verb, 'The experiment');
      const from = e.state;
      const extra = await apply(m, e);
      e.state = to;
      const saved = await m.save(e);
      await this.record(
        m,
        actor,
        saved,
        `experiment.${verb}`,
        { state: from },
        { state: to, ...(extra ?? {}) },
        reason,
      );
      return saved;
    });
  }

  /** An edit of the experiment row itself: version-checked and recorded. */
  private change(
    actor: Actor,
    input: ExperimentVersionInput,
    what: 'edit',
    apply: (
      m: EntityManager,
      e: ExperimentEntity,
    ) => Promise<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }>,
  ): Promise<ExperimentEntity> {
    return this.db.run(actor.scope, async (m) => {
      const e = await this.open(m, actor, input.id, what);
      assertVersion(e, input.version, 'The experiment');
      const { action, before, after } = await apply(m, e);
      const saved = await m.save(e);
      await this.record(m, actor, saved, action, before, after);
      return saved;
    });
  }

  /** Adds a part (partner, involvement, measurement) to an open experiment and records it. */
  private append<T>(
    actor: Actor,
    experimentId: string,
    what: 'edit' | 'union',
    add: (
      m: EntityManager,
      e: ExperimentEntity,
    ) => Promise<{ result: T; action: string; after: Record<string, unknown> }>,
  ): Promise<T> {
    return this.db.run(actor.scope, async (m) => {
      const e = await this.open(m, actor, experimentId, what);
      const { result, action, after } = await add(m, e);
      await this.record(m, actor, e, action, null, after);
      return result;
    });
  }

  private async visible(m: EntityManager, actor: Actor, id: string, lock = false): Promise<ExperimentEntity> {
    const e = await m.findOne(ExperimentEntity, {
      where: { id, organisationId: actor.organisationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!e || !ExperimentsPolicy.canSee(actor, e)) throw DomainError.notFound('The experiment');
    return e;
  }

  private async samePeople(m: EntityManager, actor: Actor, ids: string[], field: string) {
    const found = await m.countBy(PersonEntity, { id: In(ids), organisationId: actor.organisationId });
    if (found !== new Set(ids).size)
      throw DomainError.validation(
        [{ field, message: 'unknownPerson' }],
        'Everyone on the team must be in your organisation',
      );
  }

  private record(
    m: EntityManager,
    actor: Actor,
    e: ExperimentEntity,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    reason: string | null = null,
  ) {
    return this.audit.record(m, {
      organisationId: e.organisationId,
      actorId: actor.personId,
      entityType: 'experiment',
      entityId: e.id,
      action,
      before,
      after,
      reason,
    });
  }
}

function frameOf(input: ExperimentFrameInput) {
  const h = input.hypothesis;
  return {
    change: h.change.trim(),
    targetGroup: h.targetGroup.trim(),
    expectedEffect: h.expectedEffect.trim(),
    metric: h.metric.trim(),
    baseline: h.baseline ?? null,
    target: h.target ?? null,
    byDate: h.byDate ?? null,
    acceptableLoss: input.acceptableLoss.trim(),
    hours: input.hours ?? null,
    nok: input.nok ?? null,
    affectsEmployees: input.affectsEmployees,
    actions: [...new Set(input.actions ?? [])],
    sdgs: [...new Set(input.sdgs ?? [])].sort((a, b) => a - b),
    theme: input.theme ?? null,
  };
}

export function checkFrame(check: Check, input: ExperimentFrameInput): Check {
  const h = input.hypothesis;
  check
    .text('hypothesis.change', h.change, Limits.TEXT_MAX)
    .text('hypothesis.targetGroup', h.targetGroup, Limits.TEXT_MAX);
  check
    .text('hypothesis.expectedEffect', h.expectedEffect, Limits.TEXT_MAX)
    .text('hypothesis.metric', h.metric, Limits.SHORT_TEXT_MAX);
  check.date('hypothesis.byDate', h.byDate);
  check.rule('hypothesis.baseline', h.baseline == null || Number.isFinite(h.baseline), 'invalidNumber');
  check.rule('hypothesis.target', h.target == null || Number.isFinite(h.target), 'invalidNumber');
  check.text('acceptableLoss', input.acceptableLoss, Limits.TEXT_MAX);
  check.rule('hours', input.hours == null || (input.hours >= 0 && input.hours <= 1_000_000), 'outOfRange', {
    min: 0,
    max: 1_000_000,
  });
  check.rule('nok', input.nok == null || (input.nok >= 0 && input.nok <= 1_000_000_000), 'outOfRange', {
    min: 0,
    max: 1_000_000_000,
  });
  return checkTags(check, input);
}

function checkCard(check: Check, card: LearningCardInput): Check {
  return check
    .required('learningCard.believed', card?.believed, Limits.TEXT_MAX)
    .required('learningCard.observed', card?.observed, Limits.TEXT_MAX)
    .required('learningCard.learned', card?.learned, Limits.TEXT_MAX);
}

function setCard(e: ExperimentEntity, card: LearningCardInput) {
  e.cardBelieved = card.believed.trim();
  e.cardObserved = card.observed.trim();
  e.cardLearned = card.learned.trim();
  e.cardNextStep = card.nextStep;
}
