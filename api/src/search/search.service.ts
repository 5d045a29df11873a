import { Injectable } from '@nestjs/common';
import {
  Check,
  checkSearchFilter,
  checkSearchQuery,
  EXPERIMENT_STATES,
  findFylke,
  IDEA_STATES,
  Limits,
  parseSearch,
  SearchLimits,
  SearchSort,
  similarSearch,
  type ExperimentResult,
  type InnovationAction,
  type ParsedSearch,
  type SearchKind,
  type Theme,
} from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { positional, type Bind } from '../core/auth/authority.js';
import { Db } from '../core/database/db.service.js';
import { assertValid } from '../core/errors/domain-error.js';
import type { SearchFilterInput } from './dto/search.input.js';

/** Marks around a match in highlighted text (Unicode private use: never in what people write, stripped if it is). */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  titleHighlighted: string;
  snippet: string;
  state: string;
  result: ExperimentResult | null;
  theme: Theme | null;
  actions: InnovationAction[];
  sdgs: number[];
  adoptionCount: number;
  organisation: { id: string; name: string; county: string | null };
  own: boolean;
  rank: number;
  createdAt: Date;
}
export interface FacetValue {
  value: string;
  label: string | null;
  count: number;
}
export const FACETS = [
  'kinds',
  'states',
  'results',
  'actions',
  'sdgs',
  'themes',
  'organisations',
  'counties',
  'networks',
] as const;
export type FacetName = (typeof FACETS)[number];
/** The parts of an answer that cost work; all when absent (a service caller outside GraphQL). */
export interface SearchWants {
  facets: boolean;
  suggestion: boolean;
  snippet: boolean;
  titleHighlighted: boolean;
}
const ALL: SearchWants = { facets: true, suggestion: true, snippet: true, titleHighlighted: true };

export interface SearchOutcome {
  total: number;
  capped: boolean;
  hits: SearchHit[];
  hasMore: boolean;
  facets: Record<FacetName, FacetValue[]>;
  suggestion: string | null;
}

const STATES: readonly string[] = [...IDEA_STATES, ...EXPERIMENT_STATES];
const HEADLINE = `MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;
const TITLE_HEADLINE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const ORDER: Record<SearchSort, string> = {
  RELEVANCE: 'rank DESC, created_at DESC, id',
  NEWEST: 'created_at DESC, id DESC',
  MOST_ADOPTED: 'adoption_count DESC, rank DESC, id',
};

/**
 * Each facet: the value (and a label) it counts per candidate, the filter it answers to (the
 * predicate of that filter on a candidate row `f`, or true when it is not set).
 */
const FACET_SQL: Record<FacetName, { value: string; label?: string; from?: string; where?: string }> = {
  kinds: { value: 'f.kind' },
  states: { value: 'f.state' },
  results: { value: 'f.result', where: 'f.result IS NOT NULL' },
  actions: { value: 'a', from: 'unnest(f.actions) a' },
  sdgs: { value: 's::text', from: 'unnest(f.sdgs) s' },
  themes: { value: 'f.theme', where: 'f.theme IS NOT NULL' },
  organisations: { value: 'f.organisation_id::text', label: 'min(f.organisation_name)' },
  counties: { value: 'f.county', where: 'f.county IS NOT NULL' },
  networks: {
    value: 'nw.id::text',
    label: 'min(nw.name)',
    // Networks row-level security lets the person read: theirs (the candidates carry no others).
    from: 'LATERAL (SELECT w.id, w.name FROM unnest(f.network_ids) nid JOIN networks w ON w.id = nid) nw',
  },
};

/** The text a snippet is cut from, per kind (the page's rows only, read back under row-level security). */
const BODY = `CASE p.kind
  WHEN 'IDEA' THEN concat_ws(' ', i.need_whose, i.need_observed, i.proposal, i.benefit)
  WHEN 'EXPERIMENT' THEN concat_ws(' ', e.summary, e.change, e.target_group, e.expected_effect, e.card_learned)
  ELSE concat_ws(' ', l.summary, l.what_worked, l.what_did_not, l.advice) END`;
const unmarked = (sql: string) => `replace(replace(${sql}, '${MARK_START}', ''), '${MARK_END}', '')`;

interface Row {
  kind: SearchKind;
  id: string;
  organisation_id: string;
  organisation_name: string;
  county: string | null;
  state: string;
  result: ExperimentResult | null;
  theme: Theme | null;
  actions: InnovationAction[];
  sdgs: number[];
  adoption_count: number;
  created_at: string;
  rank: number;
  title: string;
  title_hl: string;
  snippet: string;
}

/**
 * Norwegian search across the ideas, experiments and lessons a person may see, and "Prøvd
 * før?". Which rows a person may find is decided by `app_search_candidates` (migration
 * create-search), which applies the ideas, experiments and lessons visibility rules itself
 * so the GIN indexes are used; everything here is ranking, filtering, counting and cutting
 * snippets over that bounded candidate set, in one statement.
 */
@Injectable()
export class SearchService {
  constructor(private readonly db: Db) {}

  async search(
    actor: Actor,
    args: {
      query: string;
      filter?: SearchFilterInput | null;
      sort?: SearchSort | null;
      first?: number | null;
      offset?: number | null;
    },
    wants: SearchWants = ALL,
  ): Promise<SearchOutcome> {
    const first = args.first ?? 20;
    const offset = args.offset ?? 0;
    const f = args.filter ?? {};
    const check = checkSearchQuery(new Check(), 'query', args.query)
      .rule('first', Number.isInteger(first) && first >= 1 && first <= SearchLimits.PAGE_MAX, 'pageSize', {
        max: SearchLimits.PAGE_MAX,
      })
      .rule(
        'offset',
        Number.isInteger(offset) && offset >= 0 && offset <= SearchLimits.COUNT_CAP,
        'outOfRange',
        { max: SearchLimits.COUNT_CAP },
      );
    checkSearchFilter(check, 'filter.kinds', f.kinds);
    checkSearchFilter(check, 'filter.states', f.states, STATES);
    checkSearchFilter(check, 'filter.results', f.results);
    checkSearchFilter(check, 'filter.actions', f.actions);
    checkSearchFilter(check, 'filter.sdgs', f.sdgs);
    checkSearchFilter(check, 'filter.themes', f.themes);
    checkSearchFilter(check, 'filter.organisationIds', f.organisationIds);
    checkSearchFilter(check, 'filter.networkIds', f.networkIds);
    checkSearchFilter(check, 'filter.counties', f.counties);
    check.rule(
      'filter.counties',
      (f.counties ?? []).every((c) => /^\d{2}$/.test(c)),
      'invalid',
    );
    assertValid(check);

    const parsed = parseSearch(args.query.trim());
    if (!parsed) return empty();
    const sort = args.sort ?? SearchSort.RELEVANCE;
    return this.db.run(actor.scope, async (m) => {
      const { params, bind } = positional();
      const filters = filterSql(f, bind);
      const all = Object.values(filters).join(' AND ');
      const except = (name: FacetName) =>
        Object.entries(filters)
          .filter(([k]) => k !== name)
          .map(([, v]) => v)
          .join(' AND ');
      const limit = bind(SearchLimits.CANDIDATES_PER_KIND);
      const facets = FACETS.map((name) => {
        const s = FACET_SQL[name];
        const where = [except(name), s.where ?? 'true'].join(' AND ');
        return `(SELECT coalesce(json_agg(json_build_object('value', v, 'label', lb, 'count', cnt) ORDER BY cnt DESC, v), '[]')
                   FROM (SELECT ${s.value} AS v, ${s.label ?? 'NULL::text'} AS lb, count(*)::int AS cnt
                           FROM f${s.from ? `, ${s.from}` : ''} WHERE ${where} GROUP BY 1) x) AS facet_${name}`;
      });
      const [row] = (await m.query(
        `${candidates(parsed, bind, limit)},
         hits AS (SELECT * FROM f WHERE ${all}),
         page AS MATERIALIZED (SELECT * FROM hits ORDER BY ${ORDER[sort]} LIMIT ${bind(first + 1)} OFFSET ${bind(offset)})
         SELECT (SELECT count(*)::int FROM hits) AS total,
                (SELECT coalesce(bool_or(n >= ${limit}), false) FROM (SELECT count(*) AS n FROM c GROUP BY kind) k) AS capped,
                (${pageJson(parsed, bind, ORDER[sort], wants)}) AS hits,
                ${wants.facets ? facets.join(',\n                ') : 'NULL AS no_facets'},
                ${wants.suggestion ? `CASE WHEN (SELECT count(*) FROM hits) < 3 THEN app_search_suggest(${bind(parsed.words)}::text[]) END` : 'NULL'} AS suggestion`,
        params,
      )) as Array<Record<string, unknown>>;
      const rows = ((row.hits as Row[] | null) ?? []).map((r) => hitFromRow(r, actor));
      const total = row.total as number;
      return {
        total: Math.min(total, SearchLimits.COUNT_CAP),
        capped: (row.capped as boolean) || total > SearchLimits.COUNT_CAP,
        hits: rows.slice(0, first),
        hasMore: rows.length > first,
        facets: Object.fromEntries(
          FACETS.map((n) => {
            const values = (row[`facet_${n}`] as FacetValue[] | undefined) ?? [];
            // A county is named from the shared register (fylkesnummer → name).
            return [
              n,
              n === 'counties'
                ? values.map((v) => ({ ...v, label: findFylke(v.value)?.navn ?? null }))
                : values,
            ];
          }),
        ) as Record<FacetName, FacetValue[]>,
        suggestion: (row.suggestion as string | null) ?? null,
      };
    });
  }

  /**
   * "Prøvd før?": up to five ideas, experiments and lessons the person may see that share the
   * most significant words with a title and a text (any of them; ranked).
   */
  async similar(
    actor: Actor,
    args: { title: string; text?: string | null; excludeId?: string | null; limit?: number | null },
    wants: Pick<SearchWants, 'snippet' | 'titleHighlighted'> = ALL,
  ): Promise<SearchHit[]> {
    const limit = args.limit ?? SearchLimits.SIMILAR_MAX;
    assertValid(
      new Check()
        .text('title', args.title, Limits.TITLE_MAX)
        .text('text', args.text, SearchLimits.SIMILAR_TEXT_MAX)
        .rule(
          'limit',
          Number.isInteger(limit) && limit >= 1 && limit <= SearchLimits.SIMILAR_MAX,
          'outOfRange',
          {
            max: SearchLimits.SIMILAR_MAX,
          },
        ),
    );
    const parsed = similarSearch(args.title, args.text ?? '');
    if (!parsed) return [];
    return this.db.run(actor.scope, async (m) => {
      const { params, bind } = positional();
      const order = ORDER.RELEVANCE;
      const exclude = args.excludeId ? `f.id <> ${bind(args.excludeId)}::uuid` : 'true';
      const [row] = (await m.query(
        `${candidates(parsed, bind, bind(SearchLimits.SIMILAR_CANDIDATES_PER_KIND))},
         page AS MATERIALIZED (SELECT * FROM f WHERE ${exclude} ORDER BY ${order} LIMIT ${bind(limit)})
         SELECT (${pageJson(parsed, bind, order, wants)}) AS hits`,
        params,
      )) as Array<{ hits: Row[] | null }>;
      return (row.hits ?? []).map((r) => hitFromRow(r, actor));
    });
  }
}

function empty(): SearchOutcome {
  return {
    total: 0,
    capped: false,
    hits: [],
    hasMore: false,
    facets: Object.fromEntries(FACETS.map((n) => [n, []])) as unknown as Record<FacetName, FacetValue[]>,
    suggestion: null,
  };
}

/** The visible, matching candidates (`c`) with their organisation's public facts (`f`). */
function candidates(parsed: ParsedSearch, bind: Bind, limit: string): string {
  return `WITH c AS MATERIALIZED (SELECT * FROM app_search_candidates(${bind(parsed.match)}, ${bind(parsed.exact)}, ${limit})),
         f AS MATERIALIZED (
           SELECT c.*, o.name AS organisation_name, o.fylkesnummer::text AS county
             FROM c JOIN organisations o ON o.id = c.organisation_id)`;
}

/** One predicate per filter over a candidate row `f`; `true` when the filter is not set. */
function filterSql(f: SearchFilterInput, bind: Bind): Record<FacetName, string> {
  const any = (values: readonly unknown[] | null | undefined, cast: string, sql: (p: string) => string) =>
    values?.length ? sql(`${bind(values)}::${cast}[]`) : 'true';
  return {
    kinds: any(f.kinds, 'text', (p) => `f.kind = ANY(${p})`),
    states: any(f.states, 'text', (p) => `f.state = ANY(${p})`),
    results: any(f.results, 'text', (p) => `f.result = ANY(${p})`),
    actions: any(f.actions, 'text', (p) => `f.actions && ${p}`),
    sdgs: any(f.sdgs, 'smallint', (p) => `f.sdgs && ${p}`),
    themes: any(f.themes, 'text', (p) => `f.theme = ANY(${p})`),
    organisations: any(f.organisationIds, 'uuid', (p) => `f.organisation_id = ANY(${p})`),
    counties: any(f.counties, 'text', (p) => `f.county = ANY(${p})`),
    networks: any(f.networkIds, 'uuid', (p) => `f.network_ids && ${p}`),
  };
}

/** The page's rows as JSON, with titles, highlighted titles and snippets: `ts_headline` for these rows only. */
function pageJson(
  parsed: ParsedSearch,
  bind: Bind,
  order: string,
  wants: Pick<SearchWants, 'snippet' | 'titleHighlighted'>,
): string {
  // Bound only if a headline uses it: every parameter sent must appear in the statement.
  let bound: string | null = null;
  const q = () => (bound ??= `to_tsquery('norwegian', ${bind(parsed.match)})`);
  const title = 'coalesce(i.title, e.title, l.title)';
  const titleHl = wants.titleHighlighted
    ? `ts_headline('norwegian', ${unmarked(title)}, ${q()}, ${bind(TITLE_HEADLINE)})`
    : title;
  const snippet = wants.snippet
    ? `ts_headline('norwegian', ${unmarked(BODY)}, ${q()}, ${bind(HEADLINE)})`
    : `''`;
  return `SELECT coalesce(json_agg(json_build_object(
             'kind', p.kind, 'id', p.id, 'organisation_id', p.organisation_id, 'organisation_name', p.organisation_name,
             'county', p.county, 'state', p.state, 'result', p.result, 'theme', p.theme, 'actions', p.actions,
             'sdgs', p.sdgs, 'adoption_count', p.adoption_count, 'created_at', p.created_at, 'rank', p.rank,
             'title', ${title},
             'title_hl', ${titleHl}, 'snippet', ${snippet})
           ORDER BY ${order
             .split(', ')
             .map((o) => `p.${o}`)
             .join(', ')}), '[]')
      FROM page p
      LEFT JOIN ideas i ON p.kind = 'IDEA' AND i.id = p.id
      LEFT JOIN experiments e ON p.kind = 'EXPERIMENT' AND e.id = p.id
      LEFT JOIN lessons l ON p.kind = 'LESSON' AND l.id = p.id
     WHERE coalesce(i.id, e.id, l.id) IS NOT NULL`;
}

function hitFromRow(r: Row, actor: Actor): SearchHit {
  return {
    kind: r.kind,
    id: r.id,
    title: r.title,
    titleHighlighted: r.title_hl,
    snippet: r.snippet,
    state: r.state,
    result: r.result,
    theme: r.theme,
    actions: r.actions ?? [],
    sdgs: r.sdgs ?? [],
    adoptionCount: r.adoption_count,
    organisation: { id: r.organisation_id, name: r.organisation_name, county: r.county },
    own: r.organisation_id === actor.organisationId,
    rank: r.rank,
    createdAt: new Date(r.created_at),
  };
}
