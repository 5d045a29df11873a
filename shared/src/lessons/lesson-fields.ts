import { Limits, type Check } from '../core/validation.js';
import { LessonReach, LESSON_MAX_NETWORKS } from './lesson-state.js';

/** The most keywords (emneord) one lesson carries, and the longest one. */
export const LESSON_TAGS_MAX = 10;
export const LESSON_TAG_MAX = 40;

/** A lesson's own text, as its writers fill it in (the facets come from the experiment). */
export interface LessonFields {
  title: string;
  summary: string;
  whatWorked: string;
  whatDidNot: string;
  advice: string;
  conditions: string;
  tags: readonly string[];
}

/** The texts a lesson is made of, in the order the page shows them (the learning first). */
export const LESSON_TEXTS = ['summary', 'whatWorked', 'whatDidNot', 'advice', 'conditions'] as const;

/** Keywords as stored: trimmed, inner spaces collapsed, each once (case-insensitively), in the given order. */
export function normaliseLessonTags(tags: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags ?? []) {
    const t = raw.trim().replace(/\s+/g, ' ');
    const key = t.toLocaleLowerCase('nb');
    if (!t || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/**
 * The rules of a lesson's text, on the whole lesson (for an update: the stored one with the
 * change applied): a title of at most 140 characters, texts within the usual limit, at most
 * ten keywords of at most 40 characters each.
 */
export function checkLesson(check: Check, f: LessonFields): Check {
  check.required('title', f.title, Limits.TITLE_MAX);
  for (const k of LESSON_TEXTS) check.text(k, f[k], Limits.TEXT_MAX);
  const tags = normaliseLessonTags(f.tags);
  return check.rule('tags', tags.length <= LESSON_TAGS_MAX, 'tooMany', { max: LESSON_TAGS_MAX }).rule(
    'tags',
    tags.every((t) => t.length <= LESSON_TAG_MAX),
    'tooLong',
    { max: LESSON_TAG_MAX },
  );
}

/** Where a lesson goes: NETWORK needs one to twenty networks; every other reach names none. */
export function checkLessonReach(check: Check, reach: string, networkIds: readonly string[]): Check {
  const known = (Object.values(LessonReach) as string[]).includes(reach);
  check.rule('reach', known, 'invalid');
  if (reach === LessonReach.NETWORK)
    check
      .rule('networkIds', networkIds.length > 0, 'required')
      .rule('networkIds', new Set(networkIds).size <= LESSON_MAX_NETWORKS, 'tooMany', {
        max: LESSON_MAX_NETWORKS,
      });
  else check.rule('networkIds', networkIds.length === 0, 'invalid');
  return check;
}
