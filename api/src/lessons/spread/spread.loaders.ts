import DataLoader from 'dataloader';
import type { LoaderKit } from '../../core/graphql/loader-kit.js';
import type { RollupRow } from '../rollup.js';
import { lineages, rollups, visibleLessons, type LessonLink, type LineageEntry } from './spread.reads.js';

/** Per request: each batch of lessons costs one statement for the roll-up and one for the lineage. */
export function createSpreadLoaders(kit: LoaderKit) {
  const reader = () => {
    const s = kit.scope();
    if (!s?.organisationId || !s.personId) return null;
    return { organisationId: s.organisationId, personId: s.personId };
  };
  return {
    rollup: new DataLoader<string, RollupRow | undefined>(async (ids) => {
      const rows = await kit.run((m) => rollups(m, ids));
      const map = new Map(rows.map((r) => [r.lesson_id, r]));
      return ids.map((id) => map.get(id));
    }),
    lineage: new DataLoader<string, LineageEntry[]>(async (ids) => {
      const who = reader();
      if (!who) return ids.map(() => []);
      const map = await kit.run((m) => lineages(m, who, ids));
      return ids.map((id) => map.get(id) ?? []);
    }),
    /** A lesson by id if the reader may see it (published, within its reach). */
    visibleLesson: new DataLoader<string, LessonLink | null>(async (ids) => {
      const who = reader();
      if (!who) return ids.map(() => null);
      const rows = await kit.run((m) => visibleLessons(m, who, ids));
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
