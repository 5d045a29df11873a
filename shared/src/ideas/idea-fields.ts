import { Limits, type Check } from '../core/validation.js';
import { checkTags } from '../innovation/tags.js';

/** An idea's text and tags, as the author fills them in. */
export interface IdeaFields {
  title: string;
  needWhose: string;
  needObserved: string;
  proposal: string;
  benefit: string;
  actions: readonly string[];
  sdgs: readonly number[];
  theme: string | null;
  unitId: string;
}

/** The texts a submitted idea must have; a draft may leave them empty. */
export const IDEA_TEXTS = ['needWhose', 'needObserved', 'proposal', 'benefit'] as const;

/** Limits always; completeness only when submitting. */
export function checkIdeaFields(check: Check, f: IdeaFields, submitting: boolean): Check {
  check.required('title', f.title, Limits.TITLE_MAX);
  for (const k of IDEA_TEXTS) check.text(k, f[k], Limits.TEXT_MAX, submitting);
  check.rule('unitId', !!f.unitId, 'required');
  return checkTags(check, f);
}
