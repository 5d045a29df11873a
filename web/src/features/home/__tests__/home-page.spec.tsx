/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderPage, type Mock } from '../../../__tests__/render';
import { MeQuery } from '../../../app/session/graphql';
import {
  CoordinatedNetworksQuery,
  MyExperimentsQuery,
  MyIdeasQuery,
  NotificationsQuery,
  PortfolioQuery,
} from '../graphql/home';
import HomePage from '../components/HomePage';

const ALWAYS = { maxUsageCount: Number.POSITIVE_INFINITY };

function me(role: string, { createIdea = false } = {}): Mock {
  return {
    request: { query: MeQuery },
    result: {
      data: {
        me: {
          __typename: 'Person',
          id: 'person-1',
          name: 'Kari Nordmann',
          email: 'kari@example.no',
          locale: 'NB',
          roles: [{ __typename: 'RoleAssignment', role, unit: null }],
          organisation: {
            __typename: 'Organisation',
            id: 'org-1',
            name: 'Bodø kommune',
            kind: 'MUNICIPALITY',
          },
          unit: { __typename: 'Unit', id: 'unit-1', name: 'Helse og omsorg' },
        },
        viewerCan: {
          __typename: 'ViewerCan',
          administer: false,
          createIdea,
          reviewIdeas: false,
          createExperiment: false,
          createNetwork: false,
          respondToNetworkInvitations: false,
          postChallenge: false,
        },
      },
    },
    ...ALWAYS,
  };
}

const experiment = (id: string, title: string, over: Record<string, unknown> = {}) => ({
  __typename: 'PortfolioExperiment' as const,
  id,
  title,
  state: 'RUNNING',
  unitName: 'Hjemmetjenesten',
  lastEntryOn: null,
  startedAt: '2026-09-01T10:00:00.000Z',
  endedAt: null,
  result: null,
  ...over,
});
const list = (...items: ReturnType<typeof experiment>[]) => ({
  __typename: 'PortfolioExperiments' as const,
  count: items.length,
  items,
});

const portfolio: Mock = {
  request: { query: PortfolioQuery },
  result: {
    data: {
      portfolio: {
        __typename: 'Portfolio',
        ideasWaiting: {
          __typename: 'PortfolioIdeas',
          count: 1,
          items: [
            {
              __typename: 'PortfolioIdea',
              id: 'idea-1',
              title: 'Nattlig tilsyn',
              unitName: 'Helse og omsorg',
              submittedAt: '2026-11-01T10:00:00.000Z',
            },
          ],
        },
        quiet: list(experiment('ex-quiet', 'Stille forsøk', { lastEntryOn: '2026-09-10' })),
        awaitingUnion: list(experiment('ex-union', 'Ny turnus', { state: 'PLANNED', startedAt: null })),
        withoutLesson: list(
          experiment('ex-nolesson', 'Uten lærdom', {
            state: 'CONCLUDED',
            endedAt: '2026-11-20T10:00:00.000Z',
          }),
        ),
        running: list(
          experiment('ex-running', 'Digital kvittering'),
          experiment('ex-quiet', 'Stille forsøk'),
        ),
        recentResults: list(
          experiment('ex-done', 'Ferdig forsøk', {
            state: 'CONCLUDED',
            endedAt: '2026-11-25T10:00:00.000Z',
            result: 'SUPPORTED',
          }),
        ),
        counts: {
          __typename: 'PortfolioCounts',
          ideasSubmitted: 1,
          experimentsPlanned: 1,
          experimentsRunning: 2,
          experimentsConcluded: 2,
          lessons: 0,
        },
      },
    },
  },
  ...ALWAYS,
};

const notifications: Mock = {
  request: { query: NotificationsQuery },
  result: { data: { notifications: [] } },
  ...ALWAYS,
};
const nothingOfMine: Mock[] = [
  {
    request: { query: MyExperimentsQuery, variables: { first: 50 } },
    result: { data: { experiments: { __typename: 'ExperimentConnection', nodes: [] } } },
    ...ALWAYS,
  },
  {
    request: { query: MyIdeasQuery, variables: { first: 50 } },
    result: { data: { ideas: { __typename: 'IdeaConnection', nodes: [] } } },
    ...ALWAYS,
  },
];

const network = (id: string, name: string, viewerIsCoordinator: boolean) => ({
  __typename: 'Network' as const,
  id,
  name,
  viewerIsCoordinator,
  summary: { __typename: 'NetworkSummary' as const, lessons: 4 },
  newestLessons: [
    {
      __typename: 'SharedLesson' as const,
      lesson: {
        __typename: 'Lesson' as const,
        id: `${id}-lesson`,
        title: `Lærdom i ${name}`,
        publishedAt: '2026-11-28T10:00:00.000Z',
      },
      organisation: { __typename: 'Organisation' as const, id: 'org-2', name: 'Vefsn kommune' },
    },
  ],
  challenges: [
    {
      __typename: 'Challenge' as const,
      id: `${id}-challenge`,
      title: `Utfordring i ${name}`,
      deadline: '2027-01-15',
    },
  ],
});
const networks: Mock = {
  request: { query: CoordinatedNetworksQuery },
  result: {
    data: {
      networks: [
        network('net-1', 'Helsenettverket Nordland', true),
        network('net-2', 'Kulturnettverket', false),
      ],
    },
  },
  ...ALWAYS,
};

async function home(mocks: Mock[]) {
  const view = await renderPage(<HomePage />, {
    path: '/',
    mocks,
    before: (client) => client.query({ query: MeQuery }),
  });
  await screen.findByRole('heading', { level: 1, name: 'Mitt arbeid' });
  return view;
}

/** The section a heading names (by the heading's start, as the count follows it). */
async function section(heading: RegExp) {
  const h = await screen.findByRole('heading', { level: 2, name: heading });
  return h.closest('section')!;
}
const hrefOf = (within_: HTMLElement, name: string | RegExp) =>
  within(within_).getByRole('link', { name }).getAttribute('href');

describe('Mitt arbeid: a glance for every role (issue 8)', () => {
  it('shows a reader the four glances, each with its count, its items and the filtered list', async () => {
    await home([me('READER'), portfolio, notifications]);

    const waiting = await section(/^Idéer som venter på beslutning \(1\)/);
    expect(hrefOf(waiting, 'Nattlig tilsyn')).toBe('/ideer/idea-1');
    expect(hrefOf(waiting, /Se alle idéer som venter/)).toBe(
      '/ideer?omfang=organisasjon&tilstand=SUBMITTED&sortering=eldste',
    );

    const running = await section(/^Forsøk som pågår \(2\)/);
    expect(hrefOf(running, 'Digital kvittering')).toBe('/forsok/ex-running');
    expect(hrefOf(running, 'Se alle forsøk som pågår')).toBe('/forsok?omfang=organisasjon&tilstand=RUNNING');

    const quiet = await section(/^Forsøk uten logginnføring på 30 dager \(1\)/);
    expect(hrefOf(quiet, 'Stille forsøk')).toBe('/forsok/ex-quiet');
    expect(hrefOf(quiet, 'Se alle forsøk som pågår')).toBe('/forsok?omfang=organisasjon&tilstand=RUNNING');

    const results = await section(/^Nylige resultater \(1\)/);
    expect(hrefOf(results, 'Ferdig forsøk')).toBe('/forsok/ex-done');
    expect(hrefOf(results, 'Se alle avsluttede forsøk')).toBe(
      '/forsok?omfang=organisasjon&tilstand=CONCLUDED',
    );

    // What only a lead acts on stays the lead's; a reader who writes nothing has no own lists.
    expect(screen.queryByRole('heading', { name: /^Avsluttede forsøk uten lærdom/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Mine forsøk/ })).not.toBeInTheDocument();
  });

  it('shows a lead what ended lately and what runs, beside what waits on them', async () => {
    await home([me('INNOVATION_LEAD'), portfolio, notifications]);
    const results = await section(/^Nylige resultater \(1\)/);
    expect(hrefOf(results, 'Ferdig forsøk')).toBe('/forsok/ex-done');
    expect(within(results).getByText(/Hypotesen bekreftet/)).toBeInTheDocument();
    expect(hrefOf(await section(/^Forsøk som pågår \(2\)/), 'Digital kvittering')).toBe('/forsok/ex-running');
    for (const heading of [
      /^Idéer som venter på beslutning/,
      /^Forsøk uten logginnføring på 30 dager/,
      /^Forsøk som venter på tillitsvalgte/,
      /^Avsluttede forsøk uten lærdom/,
    ])
      expect(await section(heading)).toBeInTheDocument();
  });

  it('shows a union representative the experiments waiting for union involvement, not empty lists of their own', async () => {
    await home([me('UNION_REP', { createIdea: true }), portfolio, notifications, ...nothingOfMine]);
    const union = await section(/^Forsøk som venter på tillitsvalgte \(1\)/);
    expect(hrefOf(union, 'Ny turnus')).toBe('/forsok/ex-union');
    expect(hrefOf(union, 'Se alle planlagte forsøk')).toBe('/forsok?omfang=organisasjon&tilstand=PLANNED');
    expect(screen.queryByText(/Du er ikke med i noe forsøk/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Organisasjonen i tall' })).not.toBeInTheDocument();
  });

  it('shows a network coordinator the networks they run: the page, lessons shared lately, open challenges', async () => {
    await home([me('NETWORK_COORDINATOR', { createIdea: true }), networks, notifications, ...nothingOfMine]);
    const net = await section(/^Nettverket Helsenettverket Nordland/);
    expect(hrefOf(net, 'Gå til Helsenettverket Nordland')).toBe('/nettverk/net-1');
    expect(within(net).getByText(/4 lærdommer er delt i nettverket/)).toBeInTheDocument();
    expect(hrefOf(net, 'Lærdom i Helsenettverket Nordland')).toBe('/laerdommer/net-1-lesson');
    expect(hrefOf(net, 'Utfordring i Helsenettverket Nordland')).toBe('/utfordringer/net-1-challenge');
    expect(within(net).getByRole('heading', { level: 3, name: 'Åpne utfordringer (1)' })).toBeInTheDocument();
    // A network they only belong to is on /nettverk, not here.
    expect(screen.queryByRole('heading', { name: /Kulturnettverket/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Du er ikke med i noe forsøk/)).not.toBeInTheDocument();
  });

  it('keeps an employee’s home as it was: their own experiments and drafts', async () => {
    await home([me('EMPLOYEE', { createIdea: true }), notifications, ...nothingOfMine]);
    expect(await section(/^Mine forsøk/)).toBeInTheDocument();
    expect(screen.getByText(/Du er ikke med i noe forsøk/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Forsøk som pågår/ })).not.toBeInTheDocument();
  });
});
