import { describe, expect, it } from '@jest/globals';
import {
  EXPERIMENT_STATES,
  ExperimentResult,
  IDEA_STATES,
  INNOVATION_ACTIONS,
  LearningEntryKind,
  NextStep,
  PartnerKind,
  REFLECTION_PROMPTS,
  SDGS,
  THEMES,
} from '@laerekraft/shared';

import { loadTexts, type Tree } from './texts';

function get(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

const languages = ['nb', 'nn', 'en'] as const;
const bundles = Object.fromEntries(languages.map((l) => [l, loadTexts(l)])) as Record<
  (typeof languages)[number],
  Tree
>;

// Audit actions the API writes (api/src: ideas, experiments, learning); the timeline translates each.
const TIMELINE_ACTIONS = [
  'idea.created',
  'idea.edited',
  'idea.submitted',
  'idea.resubmitted',
  'idea.approved',
  'idea.declined',
  'idea.parked',
  'experiment.created',
  'experiment.edited',
  'experiment.team',
  'experiment.partner.added',
  'experiment.partner.removed',
  'experiment.union.recorded',
  'experiment.measurement.added',
  'experiment.started',
  'experiment.concluded',
  'experiment.stopped',
  'experiment.log.added',
  'experiment.log.edited',
];

const expected = [
  ...REFLECTION_PROMPTS.map((p) => `prompts.${p.id}`),
  ...IDEA_STATES.map((s) => `ideaState.${s}`),
  ...EXPERIMENT_STATES.map((s) => `experimentState.${s}`),
  ...Object.values(ExperimentResult).map((r) => `result.${r}`),
  ...Object.values(NextStep).map((s) => `nextStep.${s}`),
  ...Object.values(PartnerKind).map((k) => `partnerKind.${k}`),
  ...Object.values(LearningEntryKind).map((k) => `entryKind.${k}`),
  ...INNOVATION_ACTIONS.map((a) => `actions.${a}`),
  ...INNOVATION_ACTIONS.map((a) => `actionHelp.${a}`),
  ...THEMES.map((th) => `themes.${th}`),
  ...SDGS.map((n) => `sdg.${n}`),
  ...TIMELINE_ACTIONS.map((a) => `timeline.action.${a}`),
];

describe('domain words', () => {
  it.each(languages)('%s names every state, kind, tag, prompt and audit action', (lang) => {
    expect(expected.filter((k) => typeof get(bundles[lang], k) !== 'string')).toEqual([]);
  });

  it('has five prompts for each of the five actions', () => {
    for (const action of INNOVATION_ACTIONS)
      expect(REFLECTION_PROMPTS.filter((p) => p.action === action)).toHaveLength(5);
  });
});
