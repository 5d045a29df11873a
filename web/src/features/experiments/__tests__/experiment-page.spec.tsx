/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type Mock } from '../../../__tests__/render';
import {
  EXPERIMENT_NOBODY,
  experimentCreated,
  experimentFixture,
  type ExperimentCan,
} from '../../../__tests__/fixtures';
import { FollowingQuery } from '../../../ui/FollowButton';
import {
  AddMeasurementMutation,
  AddPartnerMutation,
  ExperimentQuery,
  RecordUnionInvolvementMutation,
} from '../graphql/experiments';
import { todayIso } from '@laerekraft/shared';
import ExperimentPage from '../components/ExperimentPage';

const following: Mock = {
  request: { query: FollowingQuery, variables: { subjectType: 'EXPERIMENT', subjectId: 'exp-1' } },
  result: {
    data: {
      following: {
        __typename: 'FollowState',
        subjectType: 'EXPERIMENT',
        subjectId: 'exp-1',
        following: false,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/**
 * The page's query answers once: a second `Experiment` (a refetch after a change) has no
 * mock, so MockLink fails it, and the page would not show what the change added.
 */
async function showExperiment(
  viewerCan: Partial<ExperimentCan>,
  extra: Mock[] = [],
  over: Record<string, unknown> = {},
) {
  const experiment = experimentFixture({ viewerCan, ...over });
  const view = await renderPage(<ExperimentPage />, {
    path: `/forsok/${experiment.id}`,
    route: '/forsok/:id',
    mocks: [
      {
        request: { query: ExperimentQuery, variables: { id: experiment.id } },
        result: { data: { experiment } },
      },
      following,
      ...extra,
    ],
  });
  await screen.findByRole('heading', { level: 1, name: experiment.title });
  return view;
}

const section = (name: string) => screen.getByRole('region', { name });
const disclosure = (name: string) => screen.getByRole('button', { name, expanded: false });

describe('the experiment page offers what viewerCan allows, and nothing else', () => {
  it('offers adding partners and measurements, and a log entry, when viewerCan says edit and log', async () => {
    await showExperiment({ edit: true, log: true });
    expect(disclosure('Legg til samarbeidspartner')).toBeInTheDocument();
    expect(disclosure('Legg til måling')).toBeInTheDocument();
    expect(within(section('Læringslogg')).getByRole('button', { expanded: false })).toBeInTheDocument();
  });

  it('offers none of them when viewerCan allows nothing', async () => {
    await showExperiment({});
    for (const name of ['Legg til samarbeidspartner', 'Legg til måling'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(within(section('Læringslogg')).queryByRole('button')).not.toBeInTheDocument();
    for (const name of ['Start forsøket', 'Avslutt forsøket', 'Avbryt forsøket'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });
});

describe('the measurement form checks the shared rules before it sends', () => {
  it('refuses a reading without a value with «Må fylles ut.» and sends nothing', async () => {
    const user = userEvent.setup();
    // No AddMeasurement mock: were the form to send, MockLink would fail it with another message.
    await showExperiment({ edit: true });
    await user.click(disclosure('Legg til måling'));
    const form = await screen.findByRole('form', { name: 'Legg til måling' });
    await user.click(within(form).getByRole('button', { name: 'Legg til måling' }));
    expect(
      await screen.findByRole('heading', { name: 'For å gå videre må du rette opp dette:' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Verdi: Må fylles ut.' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Verdi/ })).toHaveAttribute('aria-invalid', 'true');
  });

  /** Opens the form, writes the date and the value, and sends it (with no AddMeasurement mock). */
  async function submitReading(measuredOn: string, value: string) {
    const user = userEvent.setup();
    await showExperiment({ edit: true });
    await user.click(disclosure('Legg til måling'));
    const form = await screen.findByRole('form', { name: 'Legg til måling' });
    const date = within(form).getByLabelText('Dato');
    await user.clear(date);
    await user.type(date, measuredOn);
    await user.type(within(form).getByRole('textbox', { name: /Verdi/ }), value);
    await user.click(within(form).getByRole('button', { name: 'Legg til måling' }));
    await screen.findByRole('heading', { name: 'For å gå videre må du rette opp dette:' });
    return form;
  }

  it('refuses a reading dated after today with «Datoen kan ikke være fram i tid.», and offers no later date', async () => {
    const form = await submitReading('2099-01-01', '2');
    expect(screen.getByRole('link', { name: 'Dato: Datoen kan ikke være fram i tid.' })).toBeInTheDocument();
    const date = within(form).getByLabelText('Dato');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAttribute('max', todayIso());
    expect(date).toHaveAttribute('min', '2000-01-01');
  });

  it('refuses a value no metric has (1e308) naming the digits allowed, and sends nothing', async () => {
    const form = await submitReading('2026-11-10', '1e308');
    expect(
      screen.getByRole('link', { name: 'Verdi: Tallet er for stort. Bruk høyst 12 siffer før komma.' }),
    ).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Verdi/ })).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('a change shows from the mutation’s answer alone, without refetching the experiment', () => {
  it('adds a partner: the list, the timeline and the focus follow the answer', async () => {
    const user = userEvent.setup();
    const input = {
      experimentId: 'exp-1',
      name: 'Frivilligsentralen',
      kind: 'VOLUNTARY_SECTOR',
      role: 'Besøksvenner',
    };
    const partner = {
      __typename: 'Partner',
      id: 'partner-9',
      kind: 'VOLUNTARY_SECTOR',
      name: 'Frivilligsentralen',
      role: 'Besøksvenner',
      organisation: null,
    };
    const added: Mock = {
      request: { query: AddPartnerMutation, variables: { input } },
      result: {
        data: {
          addPartner: {
            __typename: 'Partner',
            id: 'partner-9',
            experiment: {
              __typename: 'Experiment',
              id: 'exp-1',
              partners: [partner],
              timeline: [
                experimentCreated,
                {
                  ...experimentCreated,
                  id: 'ev-e2',
                  action: 'experiment.partner.added',
                  at: '2026-11-05T10:00:00.000Z',
                  toState: null,
                },
              ],
            },
          },
        },
      },
    };
    await showExperiment({ edit: true }, [added]);
    expect(screen.getByText('Ingen samarbeidspartnere ennå.')).toBeInTheDocument();

    await user.click(disclosure('Legg til samarbeidspartner'));
    const form = await screen.findByRole('form', { name: 'Legg til samarbeidspartner' });
    await user.type(within(form).getByRole('textbox', { name: /Navn på samarbeidspartneren/ }), input.name);
    await user.selectOptions(
      within(form).getByRole('combobox', { name: /Type samarbeidspartner/ }),
      input.kind,
    );
    await user.type(within(form).getByRole('textbox', { name: /Rollen deres i forsøket/ }), input.role);
    await user.click(within(form).getByRole('button', { name: 'Legg til samarbeidspartner' }));

    expect(await screen.findByText('Frivilligsentralen er lagt til.')).toBeInTheDocument();
    const item = await screen.findByText('Frivilligsentralen', { selector: 'strong' });
    expect(screen.queryByText('Ingen samarbeidspartnere ennå.')).not.toBeInTheDocument();
    expect(within(section('Endringslogg')).getByText(/la til en samarbeidspartner/)).toBeInTheDocument();
    // Focus moves to what was added, once it is on the page.
    await waitFor(() => expect(item.closest('li')).toHaveFocus());
  });

  it('adds a measurement: the table shows the reading from the answer', async () => {
    const user = userEvent.setup();
    const added: Mock = {
      request: {
        query: AddMeasurementMutation,
        variables: { input: { experimentId: 'exp-1', measuredOn: '2026-11-10', value: 4, note: null } },
      },
      result: {
        data: {
          addMeasurement: {
            __typename: 'Measurement',
            id: 'm-1',
            experiment: {
              __typename: 'Experiment',
              id: 'exp-1',
              measurements: [
                { __typename: 'Measurement', id: 'm-1', measuredOn: '2026-11-10', value: 4, note: '' },
              ],
              timeline: [experimentCreated],
            },
          },
        },
      },
    };
    await showExperiment({ edit: true }, [added]);
    await user.click(disclosure('Legg til måling'));
    const form = await screen.findByRole('form', { name: 'Legg til måling' });
    const date = within(form).getByLabelText('Dato');
    await user.clear(date);
    await user.type(date, '2026-11-10');
    await user.type(within(form).getByRole('textbox', { name: /Verdi/ }), '4');
    await user.click(within(form).getByRole('button', { name: 'Legg til måling' }));

    expect(await screen.findByText('Målingen er lagt til.')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Målingene i tabellform' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    await waitFor(() => expect(document.getElementById('measurement-m-1')).toHaveFocus());
  });

  it('records a union involvement: the involvement shows, and Start appears as the answer’s viewerCan allows', async () => {
    const user = userEvent.setup();
    const can = { ...EXPERIMENT_NOBODY, edit: true, setTeam: true, recordUnionInvolvement: true, stop: true };
    const input = {
      experimentId: 'exp-1',
      occurredOn: '2026-11-03',
      who: 'Fagforbundet',
      whatWasSaid: 'Enige',
    };
    const recorded: Mock = {
      request: { query: RecordUnionInvolvementMutation, variables: { input } },
      result: {
        data: {
          recordUnionInvolvement: {
            __typename: 'UnionInvolvement',
            id: 'u-1',
            experiment: {
              __typename: 'Experiment',
              id: 'exp-1',
              unionInvolvements: [
                {
                  __typename: 'UnionInvolvement',
                  id: 'u-1',
                  occurredOn: input.occurredOn,
                  who: input.who,
                  whatWasSaid: input.whatWasSaid,
                  createdAt: '2026-11-03T10:00:00.000Z',
                  recordedBy: { __typename: 'Person', id: 'person-1', name: 'Kari Nordmann' },
                },
              ],
              viewerCan: { __typename: 'ExperimentViewerCan', ...can, start: true },
              timeline: [experimentCreated],
            },
          },
        },
      },
    };
    await showExperiment(can, [recorded], { state: 'PLANNED', startedAt: null, affectsEmployees: true });
    expect(screen.queryByRole('button', { name: 'Start forsøket' })).not.toBeInTheDocument();

    await user.click(disclosure('Registrer involvering'));
    const form = await screen.findByRole('form', { name: 'Registrer involvering' });
    const when = within(form).getByLabelText('Når');
    await user.clear(when);
    await user.type(when, input.occurredOn);
    await user.type(within(form).getByRole('textbox', { name: /Hvem var med/ }), input.who);
    await user.type(within(form).getByRole('textbox', { name: /Hva ble sagt/ }), input.whatWasSaid);
    await user.click(within(form).getByRole('button', { name: 'Registrer involvering' }));

    expect(await screen.findByText('Involveringen er registrert.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Start forsøket' })).toBeInTheDocument();
    expect(within(section('Involvering av tillitsvalgte')).getByText('Enige')).toBeInTheDocument();
    await waitFor(() => expect(document.getElementById('union-u-1')).toHaveFocus());
  });
});

describe('the overview’s next step speaks to what the viewer can do', () => {
  const nextStep = () => within(screen.getByRole('region', { name: 'Oversikt' }));

  it('asks the team to write in the log when its last entry is old', async () => {
    await showExperiment({ edit: true, log: true }, [], {
      lastEntryOn: '2026-01-05',
      measurements: [{ __typename: 'Measurement', id: 'm-1', measuredOn: '2026-01-04', value: 3, note: '' }],
    });
    expect(nextStep().getByText(/^Skriv i læringsloggen/)).toBeInTheDocument();
  });

  it('tells a reader what the team does, not to write', async () => {
    await showExperiment({}, [], { lastEntryOn: '2026-01-05' });
    expect(nextStep().queryByText(/^Skriv i læringsloggen/)).not.toBeInTheDocument();
    expect(nextStep().getByText(/^Teamet prøver ut og skriver i læringsloggen/)).toBeInTheDocument();
  });
});

describe('the learning log’s ids', () => {
  it('are unique: the entry (where focus goes once added) and its heading (its name) differ', async () => {
    const entry = {
      __typename: 'LearningEntry' as const,
      id: 'le-1',
      kind: 'OBSERVATION',
      entryDate: '2026-11-30',
      promptId: null,
      text: 'Færre ringte på natta.',
      version: 1,
      createdAt: '2026-11-30T10:00:00.000Z',
      updatedAt: '2026-11-30T10:00:00.000Z',
      viewerCanEdit: false,
      author: { __typename: 'Person' as const, id: 'person-1', name: 'Kari Nordmann' },
      revisions: [],
    };
    await showExperiment({}, [], { learningEntries: [entry], entryCount: 1, lastEntryOn: '2026-11-30' });

    const article = within(section('Læringslogg')).getByRole('article');
    expect(article.closest('li')).toHaveAttribute('id', 'entry-le-1');
    expect(article).toHaveAccessibleName(within(article).getByRole('heading', { level: 4 }).textContent!);
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
