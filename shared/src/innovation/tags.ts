import { Limits, type Check } from '../core/validation.js';

/** The five actions of the innovative employer (GLOSSARY.md, "The five actions"). */
export const InnovationAction = {
  DARE: 'DARE',
  LEAD: 'LEAD',
  LEARN: 'LEARN',
  MOBILISE: 'MOBILISE',
  COLLABORATE: 'COLLABORATE',
} as const;
export type InnovationAction = (typeof InnovationAction)[keyof typeof InnovationAction];
export const INNOVATION_ACTIONS = Object.values(InnovationAction);

/** UN sustainable development goals, 1–17. */
const SDG_MAX = 17;
export const SDGS: readonly number[] = Array.from({ length: SDG_MAX }, (_, i) => i + 1);

/** Themes (tema) an idea or experiment can be tagged with. */
export const Theme = {
  HEALTH_AND_CARE: 'HEALTH_AND_CARE',
  UPBRINGING: 'UPBRINGING',
  TECHNICAL: 'TECHNICAL',
  CULTURE: 'CULTURE',
  ADMINISTRATION: 'ADMINISTRATION',
  CLIMATE_AND_ENVIRONMENT: 'CLIMATE_AND_ENVIRONMENT',
  WELFARE: 'WELFARE',
} as const;
export type Theme = (typeof Theme)[keyof typeof Theme];
export const THEMES = Object.values(Theme);

/**
 * The product's own reflection prompts, about five per action. Texts live in the web's
 * translation files under `prompts.<id>` (nb, nn, en); the API only checks the id.
 */
export const REFLECTION_PROMPTS: ReadonlyArray<{ id: string; action: InnovationAction }> = [
  ...['dare1', 'dare2', 'dare3', 'dare4', 'dare5'].map((id) => ({ id, action: InnovationAction.DARE })),
  ...['lead1', 'lead2', 'lead3', 'lead4', 'lead5'].map((id) => ({ id, action: InnovationAction.LEAD })),
  ...['learn1', 'learn2', 'learn3', 'learn4', 'learn5'].map((id) => ({ id, action: InnovationAction.LEARN })),
  ...['mobilise1', 'mobilise2', 'mobilise3', 'mobilise4', 'mobilise5'].map((id) => ({
    id,
    action: InnovationAction.MOBILISE,
  })),
  ...['collaborate1', 'collaborate2', 'collaborate3', 'collaborate4', 'collaborate5'].map((id) => ({
    id,
    action: InnovationAction.COLLABORATE,
  })),
];
export const REFLECTION_PROMPT_IDS = new Set(REFLECTION_PROMPTS.map((p) => p.id));

/** The tags ideas and experiments share: known actions, known goals (at most five), a known theme. */
export function checkTags(
  check: Check,
  tags: { actions?: readonly string[] | null; sdgs?: readonly number[] | null; theme?: string | null },
): Check {
  return check
    .rule(
      'actions',
      (tags.actions ?? []).every((a) => (INNOVATION_ACTIONS as readonly string[]).includes(a)),
      'unknownAction',
    )
    .rule(
      'sdgs',
      (tags.sdgs ?? []).every((s) => SDGS.includes(s)),
      'unknownSdg',
    )
    .rule('sdgs', new Set(tags.sdgs ?? []).size <= Limits.SDGS_MAX, 'tooMany', { max: Limits.SDGS_MAX })
    .rule('theme', !tags.theme || (THEMES as readonly string[]).includes(tags.theme), 'unknownTheme');
}

/** Actions as stored: each once, in the order of the five actions, so the same choice always compares equal. */
export function normaliseActions<A extends string>(actions: readonly A[] | null | undefined): A[] {
  const chosen = new Set<string>(actions ?? []);
  const known = (INNOVATION_ACTIONS as readonly string[]).filter((a) => chosen.delete(a));
  return [...known, ...chosen] as A[];
}

/** Goals as stored: each once, ascending. */
export function normaliseSdgs(sdgs: readonly number[] | null | undefined): number[] {
  return [...new Set(sdgs ?? [])].sort((a, b) => a - b);
}
