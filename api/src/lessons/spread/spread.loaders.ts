import DataLoader from 'dataloader';
import type { LoaderKit } from '../../core/graphql/loader-kit.js';
import type { Loaders } from '../../core/graphql/context.js';
import type { RollupRow } from '../rollup.js';
import {
  rollups,
  rollupsAndLineages,
  visibleLessons,
  type LessonLink,
  type LineageEntry,
} from './spread.reads.js';

type SpreadKey = `rollup:${string}` | `lineage:${string}`;
type SpreadValue = RollupRow | undefined | LineageEntry[];

/**
 * Per request. Roll-ups and lineages share one loader, so a lesson page that asks for both
 * costs one statement (ROLLUP_SQL beside the lineage read), and a list asking only for
 * roll-ups costs one ROLLUP_SQL for the page.
 */
export function createSpreadLoaders(kit: LoaderKit) {
  const reader = () => {
    const s = kit.scope();
    if (!s?.organisationId || !s.personId) return null;
    return { organisationId: s.organisationId, personId: s.personId };
  };
  return {
    spread: new DataLoader<SpreadKey, SpreadValue>(async (keys) => {
      const ids = (kind: string) =>
        keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
      const rollupIds = ids('rollup');
      const who = reader();
      const lineageIds = who ? ids('lineage') : [];
      const got = lineageIds.length
        ? await kit.run((m) => rollupsAndLineages(m, who!, rollupIds, lineageIds))
        : {
            rollups: await kit.run((m) => rollups(m, rollupIds)),
            lineages: new Map<string, LineageEntry[]>(),
          };
      const byId = new Map(got.rollups.map((r) => [r.lesson_id, r]));
      return keys.map((k) =>
        k.startsWith('rollup:') ? byId.get(k.slice(7)) : (got.lineages.get(k.slice(8)) ?? []),
      );
    }),
    /** A published lesson by id if the reader may see it (Experiment.sourceLesson, Idea.sourceLesson). */
    visibleLesson: new DataLoader<string, LessonLink | null>(async (ids) => {
      const who = reader();
      if (!who) return ids.map(() => null);
      const rows = await kit.run((m) => visibleLessons(m, who, ids));
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}

export const loadRollup = (loaders: Loaders, lessonId: string) =>
  loaders.spread.load(`rollup:${lessonId}`) as Promise<RollupRow | undefined>;
export const loadLineage = (loaders: Loaders, lessonId: string) =>
  loaders.spread.load(`lineage:${lessonId}`) as Promise<LineageEntry[]>;
