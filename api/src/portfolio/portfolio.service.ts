import { Injectable } from '@nestjs/common';
import { QUIET_DAYS } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { positional } from '../core/auth/authority.js';
import { Db } from '../core/database/db.service.js';
import { toDate } from '../core/graphql/loader-kit.js';
import { SpreadPolicy } from '../lessons/spread/spread.policy.js';
import type { PortfolioExperimentsModel, PortfolioIdeasModel, PortfolioModel } from './portfolio.model.js';

interface ExperimentItemRow {
  id: string;
  title: string;
  state: PortfolioExperimentsModel['items'][number]['state'];
  unit_name: string;
  last_entry_on: string | null;
  started_at: string | null;
  ended_at: string | null;
  result: PortfolioExperimentsModel['items'][number]['result'];
}
interface SectionRow<T> {
  count: number;
  items: T[];
}

/** How many of each list the glance shows. */
const SHOWN = 5;

/**
 * The organisation's portfolio at a glance, in one statement: what waits for a decision,
 * what has gone quiet, what waits for the union, what ended without a lesson, what runs and
 * what ended lately, and the numbers. Everyone in the organisation sees all of it in the
 * lists already (ideas other than drafts, every experiment): this only gathers it.
 */
@Injectable()
export class PortfolioService {
  constructor(private readonly db: Db) {}

  get(actor: Actor): Promise<PortfolioModel> {
    const { params, bind: p } = positional();
    const org = p(actor.organisationId);
    const quietDays = p(QUIET_DAYS);
    const shown = p(SHOWN);
    /** One experiment section: its count and its first items, `where` and `order` over `ex`. */
    const section = (where: string, order: string) => `json_build_object(
        'count', (SELECT count(*) FROM ex WHERE ${where}),
        'items', coalesce((SELECT json_agg(x ORDER BY x.n) FROM (
            SELECT ex.id, ex.title, ex.state, u.name AS unit_name, ex.last_entry_on, ex.started_at, ex.ended_at,
                   ex.result, row_number() OVER (ORDER BY ${order}) AS n
            FROM ex JOIN units u ON u.id = ex.unit_id WHERE ${where} ORDER BY ${order} LIMIT ${shown}) x), '[]'::json))`;
    const quietSince = 'coalesce(ex.last_entry_on, ex.started_at::date, ex.created_at::date)';
    const sql = `WITH ex AS MATERIALIZED (
        SELECT e.id, e.title, e.state, e.unit_id, e.started_at, e.ended_at, e.result, e.created_at, e.affects_employees,
               (SELECT max(le.entry_date) FROM learning_entries le WHERE le.experiment_id = e.id) AS last_entry_on
        FROM experiments e WHERE e.organisation_id = ${org}
      )
      SELECT
        json_build_object(
          'count', (SELECT count(*) FROM ideas i WHERE i.organisation_id = ${org} AND i.state = 'SUBMITTED'),
          'items', coalesce((SELECT json_agg(x ORDER BY x.n) FROM (
              SELECT i.id, i.title, u.name AS unit_name, i.submitted_at,
                     row_number() OVER (ORDER BY i.submitted_at ASC NULLS LAST, i.id) AS n
              FROM ideas i JOIN units u ON u.id = i.unit_id
              WHERE i.organisation_id = ${org} AND i.state = 'SUBMITTED'
              ORDER BY i.submitted_at ASC NULLS LAST, i.id LIMIT ${shown}) x), '[]'::json)
        ) AS ideas_waiting,
        ${section(`ex.state = 'RUNNING' AND ${quietSince} <= current_date - ${quietDays}::int`, `${quietSince} ASC, ex.id`)} AS quiet,
        ${section(
          `ex.state = 'PLANNED' AND ex.affects_employees AND NOT EXISTS (SELECT 1 FROM union_involvements ui WHERE ui.experiment_id = ex.id)`,
          'ex.created_at ASC, ex.id',
        )} AS awaiting_union,
        ${section(
          `ex.state = 'CONCLUDED' AND NOT EXISTS (SELECT 1 FROM lessons l WHERE l.experiment_id = ex.id)`,
          'ex.ended_at DESC NULLS LAST, ex.id',
        )} AS without_lesson,
        ${section(`ex.state = 'RUNNING'`, 'ex.started_at DESC NULLS LAST, ex.id')} AS running,
        ${section(`ex.state IN ('CONCLUDED', 'STOPPED')`, 'ex.ended_at DESC NULLS LAST, ex.id')} AS recent_results,
        json_build_object(
          'ideasSubmitted', (SELECT count(*) FROM ideas i WHERE i.organisation_id = ${org} AND i.state = 'SUBMITTED'),
          'experimentsPlanned', (SELECT count(*) FROM ex WHERE ex.state = 'PLANNED'),
          'experimentsRunning', (SELECT count(*) FROM ex WHERE ex.state = 'RUNNING'),
          'experimentsConcluded', (SELECT count(*) FROM ex WHERE ex.state = 'CONCLUDED'),
          -- The lessons the viewer may see (LessonsPolicy's list filter): no one else's drafts,
          -- no withdrawn ones but their writers', no UNIT-reach lesson outside the viewer's units.
          'lessons', (SELECT count(*) FROM lessons l LEFT JOIN experiments e ON e.id = l.experiment_id
                       WHERE l.organisation_id = ${org} AND ${SpreadPolicy.seesLesson(actor, 'l', 'e', p)})
        ) AS counts`;
    return this.db.run(actor.scope, async (m) => {
      const [row]: Array<{
        ideas_waiting: SectionRow<{
          id: string;
          title: string;
          unit_name: string;
          submitted_at: string | null;
        }>;
        quiet: SectionRow<ExperimentItemRow>;
        awaiting_union: SectionRow<ExperimentItemRow>;
        without_lesson: SectionRow<ExperimentItemRow>;
        running: SectionRow<ExperimentItemRow>;
        recent_results: SectionRow<ExperimentItemRow>;
        counts: PortfolioModel['counts'];
      }> = await m.query(sql, params);
      const experiments = (s: SectionRow<ExperimentItemRow>): PortfolioExperimentsModel => ({
        count: Number(s.count),
        items: s.items.map((r) => ({
          id: r.id,
          title: r.title,
          state: r.state,
          unitName: r.unit_name,
          lastEntryOn: r.last_entry_on,
          startedAt: toDate(r.started_at),
          endedAt: toDate(r.ended_at),
          result: r.result,
        })),
      });
      const ideas: PortfolioIdeasModel = {
        count: Number(row.ideas_waiting.count),
        items: row.ideas_waiting.items.map((r) => ({
          id: r.id,
          title: r.title,
          unitName: r.unit_name,
          submittedAt: toDate(r.submitted_at),
        })),
      };
      return {
        ideasWaiting: ideas,
        quiet: experiments(row.quiet),
        awaitingUnion: experiments(row.awaiting_union),
        withoutLesson: experiments(row.without_lesson),
        running: experiments(row.running),
        recentResults: experiments(row.recent_results),
        counts: row.counts,
      };
    });
  }
}
