/** Test data shaped like the API's answers (every field the idea page's fragments select). */
export interface IdeaCan {
  edit: boolean;
  submit: boolean;
  approve: boolean;
  decline: boolean;
  park: boolean;
  back: boolean;
  comment: boolean;
}

export const NOBODY: IdeaCan = {
  edit: false,
  submit: false,
  approve: false,
  decline: false,
  park: false,
  back: false,
  comment: false,
};

export function ideaFixture(
  over: { state?: string; viewerCan?: Partial<IdeaCan> } & Record<string, unknown> = {},
) {
  const { viewerCan, ...rest } = over;
  return {
    __typename: 'Idea' as const,
    id: 'idea-1',
    title: 'Digital innsjekk på legevakten',
    needWhose: 'Pasienter som venter',
    needObserved: 'Lange køer i resepsjonen',
    proposal: 'Selvbetjent innsjekk',
    benefit: 'Kortere ventetid',
    actions: [],
    sdgs: [],
    theme: null,
    state: 'SUBMITTED',
    version: 3,
    hideAuthor: false,
    isMine: false,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    submittedAt: '2026-11-02T10:00:00.000Z',
    decidedAt: null,
    decisionReason: null,
    waitingDays: 2,
    backingCount: 4,
    backedByMe: false,
    commentCount: 0,
    unit: { __typename: 'Unit' as const, id: 'unit-1', name: 'Helse og omsorg' },
    author: { __typename: 'Person' as const, id: 'person-1', name: 'Kari Nordmann' },
    decidedBy: null,
    experiment: null,
    sourceLesson: null,
    challenge: null,
    viewerCan: { __typename: 'IdeaViewerCan' as const, ...NOBODY, ...viewerCan },
    comments: [],
    timeline: [
      {
        __typename: 'TimelineEvent' as const,
        id: 'ev-1',
        action: 'idea.created',
        at: '2026-11-01T10:00:00.000Z',
        fromState: null,
        toState: 'DRAFT',
        changedFields: [],
        reason: null,
        actor: { __typename: 'Person' as const, id: 'person-1', name: 'Kari Nordmann' },
      },
    ],
    ...rest,
  };
}

export function notificationFixture(id: string, over: Record<string, unknown> = {}) {
  return {
    __typename: 'Notification' as const,
    id,
    kind: 'idea.approved',
    subjectType: 'IDEA',
    subjectId: `idea-${id}`,
    title: `Idé ${id}`,
    reason: null,
    experimentId: null,
    networkName: null,
    organisationName: null,
    readAt: null,
    createdAt: '2026-11-03T10:00:00.000Z',
    ...over,
  };
}

export interface ExperimentCan {
  setTeam: boolean;
  conclude: boolean;
  edit: boolean;
  log: boolean;
  recordUnionInvolvement: boolean;
  start: boolean;
  stop: boolean;
}

export const EXPERIMENT_NOBODY: ExperimentCan = {
  setTeam: false,
  conclude: false,
  edit: false,
  log: false,
  recordUnionInvolvement: false,
  start: false,
  stop: false,
};

export const experimentCreated = {
  __typename: 'TimelineEvent' as const,
  id: 'ev-e1',
  action: 'experiment.created',
  at: '2026-11-01T10:00:00.000Z',
  fromState: null,
  toState: 'PLANNED',
  changedFields: [],
  reason: null,
  actor: { __typename: 'Person' as const, id: 'person-1', name: 'Kari Nordmann' },
};

/** An experiment as the experiment page's query answers (every field ExperimentDetailFields selects). */
export function experimentFixture(
  over: { state?: string; viewerCan?: Partial<ExperimentCan> } & Record<string, unknown> = {},
) {
  const { viewerCan, ...rest } = over;
  return {
    __typename: 'Experiment' as const,
    id: 'exp-1',
    title: 'Nattlys i hjemmetjenesten',
    summary: '',
    state: 'RUNNING',
    version: 2,
    acceptableLoss: 'Noen timer',
    actions: [],
    sdgs: [],
    theme: null,
    affectsEmployees: false,
    hours: null,
    nok: null,
    result: null,
    stopReason: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    startedAt: '2026-11-02T10:00:00.000Z',
    endedAt: null,
    entryCount: 0,
    lastEntryOn: null,
    hypothesis: {
      __typename: 'Hypothesis' as const,
      change: 'Nattlys på soverommet',
      targetGroup: 'hjemmeboende eldre',
      expectedEffect: 'færre fall',
      metric: 'Fall per måned',
      target: 2,
      baseline: 6,
      byDate: null,
    },
    learningCard: null,
    viewerCanWriteLesson: false,
    lesson: null,
    sourceLesson: null,
    unit: { __typename: 'Unit' as const, id: 'unit-1', name: 'Hjemmetjenesten' },
    owner: { __typename: 'Person' as const, id: 'person-1', name: 'Kari Nordmann' },
    team: [{ __typename: 'Person' as const, id: 'person-1', name: 'Kari Nordmann' }],
    idea: null,
    partners: [],
    unionInvolvements: [],
    measurements: [],
    learningEntries: [],
    viewerCan: { __typename: 'ExperimentViewerCan' as const, ...EXPERIMENT_NOBODY, ...viewerCan },
    timeline: [experimentCreated],
    ...rest,
  };
}
