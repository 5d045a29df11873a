import DataLoader from 'dataloader';
import type { LoaderKit } from '../core/graphql/loader-kit.js';
import { lessonFromRow, type LessonRow } from '../lessons/lessons.loaders.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { organisationFromRow, type OrganisationRow } from '../organisations/organisations.loaders.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import { personFromRow, personJson, type PersonRow } from '../identity/identity.loaders.js';
import type { PersonEntity } from '../identity/person.entity.js';
import { challengeFromRow, NETWORK_FACTS_SQL, type ChallengeRow } from '../challenges/challenges.sql.js';
import type { ChallengeWithFacts } from '../challenges/challenges.service.js';
import { NetworkEntity } from './network.entity.js';

export interface SharedLesson {
  lesson: LessonEntity;
  organisation: OrganisationEntity;
}
export interface NetworkPage {
  newest: SharedLesson[];
  mostAdopted: SharedLesson[];
  pins: Array<{
    id: string;
    note: string;
    pinnedAt: Date;
    pinnedBy: PersonEntity | null;
    shared: SharedLesson;
  }>;
  summary: {
    lessons: number;
    byAction: Array<{ key: string; count: number }>;
    byResult: Array<{ key: string; count: number }>;
  };
  challenges: ChallengeWithFacts[];
}

/** How many lessons each of the page's two lists shows. */
export const NETWORK_PAGE_LESSONS = 10;

/**
 * Lessons shared to a network (alias `l`, network id `$n`): published with reach NETWORK and
 * the network among their networks. Row-level security adds its own wall: a member of the
 * network sees them; an invited organisation, or one outside the network, sees none.
 */
const sharedTo = (n: string) => `l.state = 'PUBLISHED' AND l.reach = 'NETWORK' AND ${n} = ANY(l.network_ids)`;

/**
 * What the network page shows beyond the network itself, for each network asked for, in one
 * statement: the shared lessons (newest, most adopted), the coordinators' pins, the summary
 * (lessons per action and per result) and the network's open challenges. Read as the
 * request's organisation, so everything passes row-level security.
 */
export function createNetworkPageLoaders(kit: LoaderKit) {
  return {
    network: kit.byId(NetworkEntity),
    /** A lesson as the reader may see it (row-level security), for a pin just written. */
    pinnedLesson: kit.byId(LessonEntity),
    networkPage: new DataLoader<string, NetworkPage>(async (ids) => {
      const rows: Array<{
        id: string;
        newest: Array<{ l: LessonRow; o: OrganisationRow }> | null;
        most: Array<{ l: LessonRow; o: OrganisationRow }> | null;
        pins: Array<{
          id: string;
          note: string;
          at: string;
          by: PersonRow | null;
          l: LessonRow;
          o: OrganisationRow;
        }> | null;
        total: number;
        by_action: Array<{ key: string; count: number }> | null;
        by_result: Array<{ key: string; count: number }> | null;
        challenges: Array<{ c: ChallengeRow; network_facts: ChallengeWithFacts['network'] }> | null;
      }> = await kit.run((m) =>
        m.query(
          `SELECT net.id,
             (SELECT json_agg(json_build_object('l', row_to_json(x), 'o', row_to_json(o)) ORDER BY x.published_at DESC, x.id DESC)
                FROM (SELECT l.* FROM lessons l WHERE ${sharedTo('net.id')} ORDER BY l.published_at DESC, l.id DESC LIMIT $2) x
                JOIN organisations o ON o.id = x.organisation_id) AS newest,
             (SELECT json_agg(json_build_object('l', row_to_json(x), 'o', row_to_json(o)) ORDER BY x.adoption_count DESC, x.published_at DESC, x.id DESC)
                FROM (SELECT l.* FROM lessons l WHERE ${sharedTo('net.id')} AND l.adoption_count > 0
                      ORDER BY l.adoption_count DESC, l.published_at DESC, l.id DESC LIMIT $2) x
                JOIN organisations o ON o.id = x.organisation_id) AS most,
             (SELECT json_agg(json_build_object('id', p.id, 'note', p.note, 'at', p.created_at, 'by', ${personJson('pb')},
                     'l', row_to_json(l), 'o', row_to_json(o)) ORDER BY p.created_at DESC)
                FROM network_pins p JOIN lessons l ON l.id = p.lesson_id AND ${sharedTo('p.network_id')}
                JOIN organisations o ON o.id = l.organisation_id LEFT JOIN persons pb ON pb.id = p.pinned_by_id
               WHERE p.network_id = net.id) AS pins,
             (SELECT count(*)::int FROM lessons l WHERE ${sharedTo('net.id')}) AS total,
             (SELECT json_agg(json_build_object('key', a, 'count', k) ORDER BY k DESC, a)
                FROM (SELECT a, count(*)::int AS k FROM lessons l, unnest(l.actions) a
                       WHERE ${sharedTo('net.id')} GROUP BY a) s) AS by_action,
             (SELECT json_agg(json_build_object('key', res, 'count', k) ORDER BY k DESC, res)
                FROM (SELECT coalesce(l.result, 'NONE') AS res, count(*)::int AS k FROM lessons l
                       WHERE ${sharedTo('net.id')} GROUP BY 1) s) AS by_result,
             (SELECT json_agg(json_build_object('c', row_to_json(c), 'network_facts', nf.network_facts) ORDER BY c.deadline, c.id)
                FROM challenges c CROSS JOIN LATERAL (SELECT ${NETWORK_FACTS_SQL}) nf
               WHERE c.network_id = net.id AND c.state = 'OPEN') AS challenges
           FROM unnest($1::uuid[]) AS net(id)`,
          [ids, NETWORK_PAGE_LESSONS],
        ),
      );
      const shared = (x: { l: LessonRow; o: OrganisationRow }): SharedLesson => ({
        lesson: lessonFromRow(x.l),
        organisation: organisationFromRow(x.o),
      });
      const byId = new Map(
        rows.map((r) => [
          r.id,
          {
            newest: (r.newest ?? []).map(shared),
            mostAdopted: (r.most ?? []).map(shared),
            pins: (r.pins ?? []).map((p) => ({
              id: p.id,
              note: p.note,
              pinnedAt: new Date(p.at),
              pinnedBy: p.by && personFromRow(p.by),
              shared: shared(p),
            })),
            summary: { lessons: r.total, byAction: r.by_action ?? [], byResult: r.by_result ?? [] },
            challenges: (r.challenges ?? []).map((c) => ({
              challenge: challengeFromRow(c.c),
              network: c.network_facts,
            })),
          } satisfies NetworkPage,
        ]),
      );
      return ids.map((id) => byId.get(id)!);
    }),
  };
}
