import type pg from 'pg';

/**
 * The product's rules, checked with SQL on generated (or any) data: each rule counts the rows
 * that break it, so a clean database answers 0 everywhere. Used by `npm run seed:scale -- --check`
 * and by the generator's test. `sample` bounds the costly comparisons (search vectors,
 * vocabulary) to that many rows per table / one organisation.
 */
export interface ScaleRule {
  name: string;
  sql: string;
}

const SAMPLE = (t: string, n: number) => `(SELECT * FROM ${t} ORDER BY id LIMIT ${n})`;

export function scaleRules(sample = 2000): ScaleRule[] {
  const child = (t: string, parent: string, key: string) => ({
    name: `${t}.organisation_id is its ${parent}'s`,
    sql: `SELECT count(*) FROM ${t} c JOIN ${parent} p ON p.id = c.${key} WHERE c.organisation_id <> p.organisation_id`,
  });
  return [
    // Tenancy: organisation_id (the row-level security key) agrees with the parent row everywhere.
    child('experiments', 'units', 'unit_id'),
    child('experiments', 'persons', 'owner_id'),
    child('ideas', 'units', 'unit_id'),
    child('ideas', 'persons', 'author_id'),
    child('persons', 'units', 'unit_id'),
    child('units', 'units', 'parent_id'),
    child('role_assignments', 'persons', 'person_id'),
    child('learning_entries', 'experiments', 'experiment_id'),
    child('learning_entries', 'persons', 'author_id'),
    child('measurements', 'experiments', 'experiment_id'),
    child('experiment_members', 'experiments', 'experiment_id'),
    child('experiment_members', 'persons', 'person_id'),
    child('experiment_partners', 'experiments', 'experiment_id'),
    child('union_involvements', 'experiments', 'experiment_id'),
    child('idea_backings', 'ideas', 'idea_id'),
    child('idea_backings', 'persons', 'person_id'),
    child('idea_comments', 'ideas', 'idea_id'),
    child('lessons', 'experiments', 'experiment_id'),
    child('lessons', 'units', 'unit_id'),
    child('adoptions', 'experiments', 'experiment_id'),
    child('adoptions', 'ideas', 'idea_id'),
    child('adoptions', 'units', 'unit_id'),
    child('challenges', 'persons', 'created_by_id'),
    child('networks', 'persons', 'coordinator_id'),
    {
      name: 'role_assignments.unit_id is in the person’s organisation',
      sql: `SELECT count(*) FROM role_assignments r JOIN units u ON u.id = r.unit_id WHERE u.organisation_id <> r.organisation_id`,
    },
    // The cycle: states and dates.
    {
      name: 'experiments: state and dates agree (created < started < ended < now; result only when concluded)',
      sql: `SELECT count(*) FROM experiments WHERE NOT (
              CASE state
                WHEN 'PLANNED' THEN started_at IS NULL AND ended_at IS NULL
                WHEN 'RUNNING' THEN started_at > created_at AND ended_at IS NULL
                ELSE started_at > created_at AND ended_at > started_at AND ended_at < now() END
              AND (result IS NULL OR state = 'CONCLUDED') AND (stop_reason IS NULL OR state = 'STOPPED'))`,
    },
    {
      name: 'ideas: created ≤ submitted < decided; APPROVED exactly when it has an experiment, decided by its creation',
      sql: `SELECT count(*) FROM ideas i LEFT JOIN experiments e ON e.id = i.experiment_id WHERE NOT (
              (i.state = 'DRAFT') = (i.submitted_at IS NULL)
              AND (i.submitted_at IS NULL OR i.submitted_at >= i.created_at)
              AND (i.state IN ('APPROVED', 'DECLINED', 'PARKED')) = (i.decided_at IS NOT NULL)
              AND (i.decided_at IS NULL OR i.decided_at > i.submitted_at)
              AND (i.state = 'APPROVED') = (i.experiment_id IS NOT NULL)
              AND (e.id IS NULL OR (e.idea_id = i.id AND e.created_at >= i.decided_at)))`,
    },
    {
      name: 'experiments.idea_id points at an idea approved into it',
      sql: `SELECT count(*) FROM experiments e LEFT JOIN ideas i ON i.id = e.idea_id
             WHERE e.idea_id IS NOT NULL AND (i.id IS NULL OR i.experiment_id IS DISTINCT FROM e.id)`,
    },
    {
      name: 'measurements: only for started experiments, between start and end',
      sql: `SELECT count(*) FROM measurements m JOIN experiments e ON e.id = m.experiment_id
             WHERE e.started_at IS NULL OR m.measured_on < e.started_at::date OR m.measured_on > coalesce(e.ended_at, now())::date`,
    },
    {
      name: 'learning log: only for started experiments, dated between start and end',
      sql: `SELECT count(*) FROM learning_entries l JOIN experiments e ON e.id = l.experiment_id
             WHERE e.started_at IS NULL OR l.entry_date < e.started_at::date OR l.entry_date > coalesce(e.ended_at, now())::date
                OR l.created_at > now()`,
    },
    {
      name: 'union involvement: after creation and before the start of an experiment that affects employees',
      sql: `SELECT count(*) FROM union_involvements u JOIN experiments e ON e.id = u.experiment_id
             WHERE NOT e.affects_employees OR u.occurred_on >= coalesce(e.started_at, now())::date
                OR u.occurred_on < e.created_at::date`,
    },
    {
      name: 'team members: not the owner',
      sql: `SELECT count(*) FROM experiment_members m JOIN experiments e ON e.id = m.experiment_id WHERE m.person_id = e.owner_id`,
    },
    {
      name: 'ideas.backing_count is the number of backings, none by the author',
      sql: `SELECT count(*) FROM ideas i LEFT JOIN (SELECT idea_id, count(*) AS n FROM idea_backings GROUP BY idea_id) b ON b.idea_id = i.id
             WHERE i.backing_count <> coalesce(b.n, 0)
                OR EXISTS (SELECT 1 FROM idea_backings x WHERE x.idea_id = i.id AND x.person_id = i.author_id)`,
    },
    // Lessons.
    {
      name: 'lessons: only for CONCLUDED or STOPPED experiments, written after the end, facets copied',
      sql: `SELECT count(*) FROM lessons l JOIN experiments e ON e.id = l.experiment_id
             WHERE e.state NOT IN ('CONCLUDED', 'STOPPED') OR l.experiment_state <> e.state
                OR l.result IS DISTINCT FROM e.result OR l.created_at <= e.ended_at OR l.unit_id <> e.unit_id`,
    },
    {
      name: 'lessons: published/withdrawn dates follow the state',
      sql: `SELECT count(*) FROM lessons WHERE NOT (
              CASE state WHEN 'DRAFT' THEN published_at IS NULL AND withdrawn_at IS NULL AND experiment_summary = '{}'
                         WHEN 'PUBLISHED' THEN published_at > created_at AND withdrawn_at IS NULL AND experiment_summary <> '{}'
                         ELSE published_at > created_at AND withdrawn_at > published_at AND withdrawn_reason IS NOT NULL END
              AND coalesce(withdrawn_at, published_at, created_at) < now())`,
    },
    {
      name: 'lessons: NETWORK reach names networks the organisation is a member of or runs; other reaches none',
      sql: `SELECT count(*) FROM lessons l WHERE
              (l.reach = 'NETWORK') <> (cardinality(l.network_ids) > 0)
              OR EXISTS (SELECT 1 FROM unnest(l.network_ids) n WHERE NOT EXISTS (
                   SELECT 1 FROM network_memberships m WHERE m.network_id = n AND m.organisation_id = l.organisation_id AND m.status = 'MEMBER'
                   UNION ALL SELECT 1 FROM networks w WHERE w.id = n AND w.organisation_id = l.organisation_id))`,
    },
    {
      name: 'lessons: the contact is the owner by name, by consent',
      sql: `SELECT count(*) FROM lessons l LEFT JOIN persons p ON p.id = l.contact_person_id
             WHERE (l.contact_person_id IS NULL) <> (l.contact_name IS NULL) OR (p.id IS NOT NULL AND p.name <> l.contact_name)`,
    },
    // Adoptions and lineage.
    {
      name: 'adoptions: lineage is the source lesson’s own adoption’s lineage, then the source',
      sql: `SELECT count(*) FROM adoptions a JOIN lessons s ON s.id = a.source_lesson_id
             WHERE a.lineage IS DISTINCT FROM coalesce((SELECT p.lineage FROM adoptions p WHERE p.experiment_id = s.experiment_id), '{}') || s.id`,
    },
    {
      name: 'adoptions: from a published shared lesson of another organisation, published before the adoption',
      sql: `SELECT count(*) FROM adoptions a JOIN lessons s ON s.id = a.source_lesson_id
             WHERE s.state <> 'PUBLISHED' OR s.reach NOT IN ('PUBLIC', 'NETWORK') OR s.organisation_id <> a.source_organisation_id
                OR a.source_organisation_id = a.organisation_id OR s.published_at >= a.created_at`,
    },
    {
      name: 'adoptions: state mirrors the experiment or idea; source_lesson_id set on it',
      sql: `SELECT count(*) FROM adoptions a LEFT JOIN experiments e ON e.id = a.experiment_id LEFT JOIN ideas i ON i.id = a.idea_id
             WHERE (a.experiment_id IS NULL AND a.idea_id IS NULL)
                OR (e.id IS NOT NULL AND (a.state <> e.state OR e.source_lesson_id IS DISTINCT FROM a.source_lesson_id))
                OR (e.id IS NULL AND a.state <> CASE WHEN i.state IN ('DRAFT', 'SUBMITTED') THEN 'PROPOSED' ELSE 'DECLINED' END)
                OR (i.id IS NOT NULL AND i.source_lesson_id IS DISTINCT FROM a.source_lesson_id)`,
    },
    {
      name: 'experiments and ideas with a source lesson have their adoption',
      sql: `SELECT (SELECT count(*) FROM experiments e WHERE e.source_lesson_id IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM adoptions a WHERE a.experiment_id = e.id))
                 + (SELECT count(*) FROM ideas i WHERE i.source_lesson_id IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM adoptions a WHERE a.idea_id = i.id))`,
    },
    {
      name: 'lessons.adoption_count counts the tree below (declined proposals not counted)',
      sql: `SELECT count(*) FROM lessons l LEFT JOIN (
              SELECT u AS id, count(*) AS n FROM adoptions, unnest(lineage) u WHERE state <> 'DECLINED' GROUP BY u) c ON c.id = l.id
             WHERE l.adoption_count <> coalesce(c.n, 0)`,
    },
    {
      name: 'lessons.adopted_elsewhere_count counts the tree’s adoptions by other organisations',
      sql: `SELECT count(*) FROM lessons l LEFT JOIN (
              SELECT u AS id, count(*) AS n FROM adoptions a CROSS JOIN LATERAL unnest(a.lineage) u JOIN lessons s ON s.id = u
               WHERE a.state NOT IN ('DECLINED', 'PROPOSED') AND a.organisation_id <> s.organisation_id GROUP BY u) c ON c.id = l.id
             WHERE l.adopted_elsewhere_count <> coalesce(c.n, 0)`,
    },
    // The dashboards' aggregates equal a recomputation from the record (app_portfolio_check).
    {
      name: 'portfolio aggregates (facts, cells, shared lesson cells) equal a recomputation from the record',
      sql: `SELECT coalesce(sum(missing + extra), 0) FROM app_portfolio_check()`,
    },
    // Search: vectors are the product's, the vocabulary is what the rebuild makes.
    {
      name: `search_vector equals app_search_vector(…) (sample of ${sample} per table)`,
      sql: `SELECT (SELECT count(*) FROM ${SAMPLE('ideas', sample)} r WHERE r.search_vector IS DISTINCT FROM
                      app_search_vector(r.title, concat_ws(' ', r.need_whose, r.need_observed), concat_ws(' ', r.proposal, r.benefit)))
                 + (SELECT count(*) FROM ${SAMPLE('experiments', sample)} r WHERE r.search_vector IS DISTINCT FROM
                      app_search_vector(r.title, r.summary, concat_ws(' ', r.change, r.target_group, r.expected_effect, r.metric,
                                        r.card_believed, r.card_observed, r.card_learned, r.stop_reason)))
                 + (SELECT count(*) FROM ${SAMPLE('lessons', sample)} r WHERE r.search_vector IS DISTINCT FROM
                      app_search_vector(r.title, concat_ws(' ', r.summary, array_to_string(r.tags, ' ')),
                                        concat_ws(' ', r.what_worked, r.what_did_not, r.advice, r.conditions)))`,
    },
    {
      name: 'search_vocabulary of one organisation and of the public equals a recomputation',
      sql: `WITH o AS (SELECT id FROM organisations ORDER BY id LIMIT 1),
            want AS (
              SELECT split_part(s, ':', 1) AS scope, split_part(s, ':', 2)::uuid AS scope_id, w AS word, count(*)::int AS ndoc
                FROM (SELECT 'ideas' AS kind, to_jsonb(i) AS d FROM ideas i WHERE i.organisation_id = (SELECT id FROM o)
                      UNION ALL SELECT 'experiments', to_jsonb(e) FROM experiments e WHERE e.organisation_id = (SELECT id FROM o)
                      UNION ALL SELECT 'lessons', to_jsonb(l) FROM lessons l
                       WHERE l.organisation_id = (SELECT id FROM o) OR (l.state = 'PUBLISHED' AND l.reach = 'PUBLIC')) docs,
                     unnest(app_search_scopes(kind, d)) s, unnest(app_search_words(app_search_text(kind, d))) w
               WHERE s IN ('ORGANISATION:' || (SELECT id FROM o), 'PUBLIC:00000000-0000-0000-0000-000000000000')
               GROUP BY 1, 2, 3),
            have AS (SELECT scope, scope_id, word, ndoc FROM search_vocabulary
                      WHERE (scope = 'ORGANISATION' AND scope_id = (SELECT id FROM o)) OR scope = 'PUBLIC')
            SELECT (SELECT count(*) FROM (SELECT * FROM want EXCEPT SELECT * FROM have) a)
                 + (SELECT count(*) FROM (SELECT * FROM have EXCEPT SELECT * FROM want) b)`,
    },
    {
      name: 'every organisation has units, people, an innovation lead; every county runs a network',
      sql: `SELECT count(*) FROM organisations o WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.organisation_id = o.id)
               OR NOT EXISTS (SELECT 1 FROM role_assignments r WHERE r.organisation_id = o.id AND r.role = 'INNOVATION_LEAD')
               OR (o.kind = 'FYLKESKOMMUNE' AND NOT EXISTS (SELECT 1 FROM networks n WHERE n.organisation_id = o.id))`,
    },
  ];
}

export interface ScaleCheck {
  name: string;
  violations: number;
  ms: number;
}

export async function checkScale(c: pg.Client, sample = 2000): Promise<ScaleCheck[]> {
  const out: ScaleCheck[] = [];
  for (const r of scaleRules(sample)) {
    const t = performance.now();
    const { rows } = await c.query<{ n: string }>(`SELECT (${r.sql}) AS n`);
    out.push({ name: r.name, violations: Number(rows[0].n), ms: performance.now() - t });
  }
  return out;
}
