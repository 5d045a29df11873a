import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type {
  ExperimentResult,
  ExperimentState,
  InnovationAction,
  LessonReach,
  NextStep,
  PartnerKind,
  Theme,
} from '@laerekraft/shared';
import { positional, type Bind } from '../core/auth/authority.js';
import type { Actor } from '../core/auth/actor.js';
import { toDate, type LoaderKit } from '../core/graphql/loader-kit.js';
import { unitChainCte, unitChainJson, type OrganisationRow } from '../organisations/organisations.loaders.js';
import type { ExperimentRow } from '../experiments/experiments.loaders.js';
import type { LessonEntity } from './lesson.entity.js';
import { LessonsPolicy, type LessonFacts, type ReaderFacts } from './lessons.policy.js';

/** The row shape of `row_to_json(lessons)`, and its one mapper to the entity. */
export interface LessonRow {
  id: string;
  organisation_id: string;
  unit_id: string;
  experiment_id: string;
  state: LessonEntity['state'];
  reach: LessonEntity['reach'];
  network_ids: string[];
  version: number;
  title: string;
  summary: string;
  what_worked: string;
  what_did_not: string;
  advice: string;
  conditions: string;
  tags: string[];
  contact_person_id: string | null;
  contact_name: string | null;
  experiment_state: LessonEntity['experimentState'];
  result: LessonEntity['result'];
  actions: LessonEntity['actions'];
  sdgs: number[];
  theme: LessonEntity['theme'];
  partner_kinds: LessonEntity['partnerKinds'];
  experiment_summary: Record<string, unknown>;
  adoption_count: number;
  adopted_elsewhere_count: number;
  created_by_id: string;
  published_at: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
  created_at: string;
  updated_at: string;
}

export const lessonFromRow = (r: LessonRow): LessonEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  unitId: r.unit_id,
  experimentId: r.experiment_id,
  state: r.state,
  reach: r.reach,
  networkIds: r.network_ids,
  version: r.version,
  title: r.title,
  summary: r.summary,
  whatWorked: r.what_worked,
  whatDidNot: r.what_did_not,
  advice: r.advice,
  conditions: r.conditions,
  tags: r.tags,
  contactPersonId: r.contact_person_id,
  contactName: r.contact_name,
  experimentState: r.experiment_state,
  result: r.result,
  actions: r.actions,
  sdgs: r.sdgs,
  theme: r.theme,
  partnerKinds: r.partner_kinds,
  experimentSummary: r.experiment_summary,
  adoptionCount: r.adoption_count,
  adoptedElsewhereCount: r.adopted_elsewhere_count,
  createdById: r.created_by_id,
  publishedAt: toDate(r.published_at),
  withdrawnAt: toDate(r.withdrawn_at),
  withdrawnReason: r.withdrawn_reason,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/**
 * What an outside reader sees of the experiment behind a lesson, frozen at publication
 * (`lessons.experiment_summary`). Partners by kind only; no person, no log, no comment.
 */
export interface ExperimentSummary {
  title: string;
  hypothesis: {
    change: string;
    targetGroup: string;
    expectedEffect: string;
    metric: string;
    baseline: number | null;
    target: number | null;
    byDate: string | null;
  };
  state: string;
  result: ExperimentResult | null;
  stopReason: string | null;
  learningCard: { believed: string; observed: string; learned: string; nextStep: NextStep | null } | null;
  measurements: Array<{ measuredOn: string; value: number }>;
  partnerKinds: PartnerKind[];
  actions: string[];
  sdgs: number[];
  theme: Theme | null;
  tags: string[];
  startedAt: string | null;
  endedAt: string | null;
  organisation: { name: string; kommunenummer: string | null; fylkesnummer: string | null };
}

/** The experiment's own rows a summary is made from (read as JSON next to the lesson). */
export interface SummarySource {
  e: ExperimentRow;
  m: Array<{ measured_on: string; value: number }> | null;
  k: PartnerKind[] | null;
}

/** The one builder of an experiment summary: at publication, and for a draft shown inside the organisation. */
export function buildSummary(
  src: SummarySource,
  org: Pick<OrganisationRow, 'name' | 'kommunenummer' | 'fylkesnummer'>,
  tags: readonly string[],
): ExperimentSummary {
  const e = src.e;
  const card =
    e.card_believed || e.card_observed || e.card_learned
      ? {
          believed: e.card_believed ?? '',
          observed: e.card_observed ?? '',
          learned: e.card_learned ?? '',
          nextStep: e.card_next_step,
        }
      : null;
  return {
    title: e.title,
    hypothesis: {
      change: e.change,
      targetGroup: e.target_group,
      expectedEffect: e.expected_effect,
      metric: e.metric,
      baseline: e.baseline == null ? null : Number(e.baseline),
      target: e.target == null ? null : Number(e.target),
      byDate: e.by_date,
    },
    state: e.state,
    result: e.result,
    stopReason: e.stop_reason,
    learningCard: card,
    measurements: (src.m ?? []).map((x) => ({ measuredOn: x.measured_on, value: Number(x.value) })),
    partnerKinds: [...new Set(src.k ?? [])].sort(),
    actions: [...e.actions],
    sdgs: [...e.sdgs],
    theme: e.theme,
    tags: [...tags],
    startedAt: e.started_at,
    endedAt: e.ended_at,
    organisation: { name: org.name, kommunenummer: org.kommunenummer, fylkesnummer: org.fylkesnummer },
  };
}

/**
 * What a published lesson carries from its summary: the facets it is filtered by and the
 * frozen summary itself (publishing, and the demo's lessons, take them from here).
 */
export function publishedFacets(summary: ExperimentSummary) {
  return {
    experimentState: summary.state as ExperimentState,
    result: summary.result,
    actions: [...summary.actions] as InnovationAction[],
    sdgs: [...summary.sdgs],
    theme: summary.theme,
    partnerKinds: summary.partnerKinds,
    experimentSummary: summary as unknown as Record<string, unknown>,
  };
}

/** A lesson as read, with what its resolvers need: the policy's facts, the reader's, its organisation and networks. */
export interface LessonRead {
  lesson: LessonEntity;
  facts: LessonFacts;
  reader: ReaderFacts;
  organisation: OrganisationRow;
  /** Networks it is shared to that the reader may see (row-level security decides). */
  networks: Array<{ id: string; name: string }>;
  /** For a draft inside the organisation (when asked for): the experiment rows its summary is built from. */
  source: SummarySource | null;
  /** Networks the reader's organisation may share to (when asked for). */
  shareable: Array<{ id: string; name: string }> | null;
}

/** Who reads: the scope (organisation, person) and, when a policy filter applies, the actor. */
export interface LessonReader {
  organisationId: string;
  personId: string;
  actor: Actor | null;
}

export interface LessonReadQuery {
  /** Extra conditions on `l` (the lesson) and `e` (its experiment, LEFT JOINed: null outside the organisation). */
  where?: (p: Bind) => string[];
  /** Apply the policy's list filter (lists, by id). Without it only row-level security filters (loaders do the policy). */
  policy: boolean;
  limit: number;
  /** Read the experiment rows for a draft's summary: `'draft'` when the page asks, `'always'` for publication. */
  source?: 'draft' | 'always' | null;
  shareable?: boolean;
}

/** The sort key of the library: newest published (a draft by when it was written). */
export const LESSON_SORT = 'coalesce(l.published_at, l.created_at)';

/**
 * The lessons `q` selects, newest first, in one statement: each with its organisation,
 * the networks it is shared to that the reader sees, the facts its policy needs (unit chain,
 * the experiment's owner and team: own organisation only, as row-level security allows), the
 * reader's own facts (their unit chain and member networks) and, when asked, the summary
 * source and the networks the reader may share to.
 */
export async function readLessons(
  m: EntityManager,
  who: LessonReader | null,
  q: LessonReadQuery,
): Promise<LessonRead[]> {
  const { params, bind: p } = positional();
  const me = who ? p(who.personId) : 'NULL::uuid';
  const managed = p(who?.actor?.managedUnitIds() ?? []);
  const ctes = [
    `reader_chain(id, parent_id, depth) AS (
       SELECT u.id, u.parent_id, 0 FROM units u WHERE u.id = (SELECT unit_id FROM persons WHERE id = ${me})
       UNION ALL
       SELECT up.id, up.parent_id, rc.depth + 1 FROM reader_chain rc JOIN units up ON up.id = rc.parent_id WHERE rc.depth < 50)`,
    `managed_below(id, depth) AS (
       SELECT u.id, 0 FROM units u WHERE u.id = ANY(${managed}::uuid[])
       UNION
       SELECT cu.id, mb.depth + 1 FROM managed_below mb JOIN units cu ON cu.parent_id = mb.id WHERE mb.depth < 50)`,
  ];
  const where = [
    ...(q.policy
      ? [
          LessonsPolicy.listFilter(
            who?.actor ?? null,
            {
              l: 'l',
              e: 'e',
              readerChain: () => 'SELECT id FROM reader_chain',
              managedBelow: () => 'SELECT id FROM managed_below',
            },
            p,
          ),
        ]
      : []),
    ...(q.where?.(p) ?? []),
  ];
  ctes.push(`page AS MATERIALIZED (
      SELECT l.*, e.owner_id AS x_owner_id FROM lessons l LEFT JOIN experiments e ON e.id = l.experiment_id
       WHERE ${where.join(' AND ') || 'true'}
       ORDER BY ${LESSON_SORT} DESC, l.id DESC LIMIT ${p(q.limit)})`);
  ctes.push(unitChainCte('SELECT unit_id FROM page'));
  const cols = [
    `row_to_json(pg) AS l`,
    `(SELECT row_to_json(o) FROM organisations o WHERE o.id = pg.organisation_id) AS org`,
    `(SELECT coalesce(json_agg(json_build_object('id', n.id, 'name', n.name) ORDER BY n.name), '[]')
        FROM networks n WHERE n.id = ANY(pg.network_ids)) AS networks`,
    `${unitChainJson('pg.unit_id')} AS chain`,
    `(SELECT coalesce(json_agg(tm.person_id), '[]') FROM experiment_members tm WHERE tm.experiment_id = pg.experiment_id) AS team`,
    `(SELECT coalesce(json_agg(rc.id ORDER BY rc.depth), '[]') FROM reader_chain rc) AS reader_chain`,
    `(SELECT app_member_network_ids()) AS member_networks`,
  ];
  if (q.source)
    cols.push(`(SELECT json_build_object('e', row_to_json(x),
        'm', (SELECT json_agg(json_build_object('measured_on', ms.measured_on, 'value', ms.value) ORDER BY ms.measured_on)
                FROM measurements ms WHERE ms.experiment_id = x.id),
        'k', (SELECT json_agg(DISTINCT pa.kind) FROM experiment_partners pa WHERE pa.experiment_id = x.id))
      FROM experiments x WHERE x.id = pg.experiment_id ${q.source === 'draft' ? `AND pg.state = 'DRAFT'` : ''}) AS source`);
  if (q.shareable)
    cols.push(`(SELECT coalesce(json_agg(json_build_object('id', n.id, 'name', n.name) ORDER BY n.name), '[]')
        FROM networks n WHERE n.id = ANY(app_member_network_ids())) AS shareable`);
  const rows: Array<{
    l: LessonRow & { x_owner_id: string | null };
    org: OrganisationRow;
    networks: Array<{ id: string; name: string }>;
    chain: string[];
    team: string[];
    reader_chain: string[];
    member_networks: string[];
    source?: SummarySource | null;
    shareable?: Array<{ id: string; name: string }>;
  }> = await m.query(
    `WITH RECURSIVE ${ctes.join(', ')}
     SELECT ${cols.join(',\n')} FROM page pg ORDER BY ${LESSON_SORT.replace(/l\./g, 'pg.')} DESC, pg.id DESC`,
    params,
  );
  return rows.map((r) => {
    const lesson = lessonFromRow(r.l);
    const own = who?.organisationId === lesson.organisationId;
    return {
      lesson,
      facts: {
        organisationId: lesson.organisationId,
        state: lesson.state,
        reach: lesson.reach,
        networkIds: lesson.networkIds,
        unitId: lesson.unitId,
        unitChain: own ? r.chain : [],
        ownerId: own ? r.l.x_owner_id : null,
        teamIds: own ? r.team : [],
        createdById: lesson.createdById,
        contactPersonId: lesson.contactPersonId,
      },
      reader: { unitChain: r.reader_chain, memberNetworkIds: r.member_networks ?? [] },
      organisation: r.org,
      networks: r.networks,
      source: own ? (r.source ?? null) : null,
      shareable: r.shareable ?? null,
    };
  });
}

/** The filters of the library (each optional; they only narrow what the policy lets the reader see). */
export interface LessonFilters {
  reach?: LessonReach | null;
  result?: ExperimentResult | null;
  action?: string | null;
  theme?: Theme | null;
  networkId?: string | null;
  mine?: boolean | null;
}

export function filterSql(f: LessonFilters, personId: string | null, p: Bind): string[] {
  const w: string[] = [];
  if (f.reach) w.push(`l.reach = ${p(f.reach)}`);
  if (f.result) w.push(`l.result = ${p(f.result)}`);
  if (f.action) w.push(`${p(f.action)} = ANY(l.actions)`);
  if (f.theme) w.push(`l.theme = ${p(f.theme)}`);
  if (f.networkId) w.push(`${p(f.networkId)}::uuid = ANY(l.network_ids)`);
  if (f.mine) {
    if (!personId) w.push('false');
    else {
      const me = p(personId);
      w.push(`(l.created_by_id = ${me} OR e.owner_id = ${me}
        OR EXISTS (SELECT 1 FROM experiment_members mm WHERE mm.experiment_id = l.experiment_id AND mm.person_id = ${me}))`);
    }
  }
  return w;
}

/**
 * The lesson of each experiment, for the experiment page: read with row-level security
 * only; the resolver applies the policy (it has the actor).
 */
export function createLessonLoaders(kit: LoaderKit) {
  return {
    lessonByExperiment: new DataLoader<string, LessonRead | null>(async (ids) => {
      const scope = kit.scope();
      if (!scope) return ids.map(() => null);
      const rows = await kit.run((m) =>
        readLessons(
          m,
          { ...scope, actor: null },
          {
            policy: false,
            where: (p) => [
              `l.organisation_id = ${p(scope.organisationId)}`,
              `l.experiment_id = ANY(${p(ids)}::uuid[])`,
            ],
            limit: ids.length,
          },
        ),
      );
      const map = new Map(rows.map((r) => [r.lesson.experimentId, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
