/**
 * @jest-environment jsdom
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type Mock } from '../../../__tests__/render';
import { FollowingQuery } from '../../../ui/FollowButton';
import { LessonQuery, LessonsQuery, PublishLessonMutation, WithdrawLessonMutation } from '../graphql/lessons';
import LessonPage from '../components/LessonPage';

// jsdom has <dialog> but not its modal methods, which Designsystemet's Dialog calls.
beforeAll(() => {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
});

const CAN = {
  __typename: 'LessonViewerCan',
  edit: false,
  publish: false,
  changeReach: false,
  withdraw: false,
  setContact: false,
  isContact: false,
  reaches: ['UNIT', 'ORGANISATION'],
};

function lessonFixture(over: Record<string, unknown> = {}) {
  return {
    __typename: 'Lesson',
    id: 'lesson-1',
    title: 'Digitalt tilsyn om natta',
    summary: 'Færre vekkinger',
    whatWorked: '',
    whatDidNot: '',
    advice: '',
    conditions: '',
    tags: [],
    state: 'PUBLISHED',
    reach: 'ORGANISATION',
    version: 3,
    result: 'SUPPORTED',
    experimentState: 'CONCLUDED',
    actions: [],
    sdgs: [],
    theme: null,
    partnerKinds: [],
    contactName: null,
    adoptionCount: 0,
    publishedAt: '2026-10-01T10:00:00.000Z',
    withdrawnAt: null,
    withdrawnReason: null,
    createdAt: '2026-09-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    organisation: { __typename: 'Organisation', id: 'org-1', name: 'Bodø kommune', kommunenummer: '1804' },
    networks: [],
    shareableNetworks: [],
    experiment: null,
    experimentSummary: null,
    ...over,
    viewerCan: { ...CAN, ...((over.viewerCan as object) ?? {}) },
  };
}

const following: Mock = {
  request: { query: FollowingQuery, variables: { subjectType: 'LESSON', subjectId: 'lesson-1' } },
  result: {
    data: {
      following: {
        __typename: 'FollowState',
        subjectType: 'LESSON',
        subjectId: 'lesson-1',
        following: false,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The page's own read, answered once: a second read (a refetch) would find no mock and fail. */
const lessonMock = (lesson: ReturnType<typeof lessonFixture>): Mock => ({
  request: { query: LessonQuery, variables: { id: lesson.id } },
  result: { data: { lesson } },
});

/** The library's first page, as if it had been opened before: it holds the lesson. */
const LIBRARY = { first: 20 };
function fillLibrary(lesson: ReturnType<typeof lessonFixture>) {
  return (client: Awaited<ReturnType<typeof renderPage>>['client']) => {
    client.writeQuery({
      query: LessonsQuery,
      variables: LIBRARY,
      data: {
        __typename: 'Query',
        lessons: {
          __typename: 'LessonConnection',
          nodes: [lesson as never],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    });
    return Promise.resolve();
  };
}

async function show(lesson: ReturnType<typeof lessonFixture>, mocks: Mock[]) {
  const view = await renderPage(<LessonPage />, {
    path: `/laerdommer/${lesson.id}`,
    route: '/laerdommer/:id',
    mocks: [lessonMock(lesson), following, ...mocks],
    before: fillLibrary(lesson),
  });
  await screen.findByRole('heading', { level: 1, name: lesson.title });
  return view;
}

describe('a lesson changed on its page updates from the answer, with no list refetched', () => {
  it('withdraws: the page says so and shows the reason, from the mutation’s own lesson', async () => {
    const user = userEvent.setup();
    const before = lessonFixture({ viewerCan: { withdraw: true } });
    const reason = 'Tallene var feil, vi må måle på nytt.';
    const after = lessonFixture({
      state: 'WITHDRAWN',
      version: 4,
      withdrawnAt: '2026-12-01T10:00:00.000Z',
      withdrawnReason: reason,
    });
    const withdraw: Mock = {
      request: { query: WithdrawLessonMutation, variables: { id: 'lesson-1', version: 3, reason } },
      result: { data: { withdrawLesson: after } },
    };
    const { client } = await show(before, [withdraw]);

    await user.click(screen.getByRole('button', { name: 'Trekk tilbake' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Hvorfor den trekkes tilbake/ }), reason);
    await user.click(within(dialog).getByRole('button', { name: 'Gå videre' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trekk den tilbake' }));

    expect(await screen.findByText('Lærdommen er trukket tilbake.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Lærdommen er trukket tilbake' }),
    ).toBeInTheDocument();
    expect(screen.getByText(reason)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trekk tilbake' })).not.toBeInTheDocument();
    // The library's lists (which may no longer hold it under their filter) are dropped, not refetched.
    expect(client.readQuery({ query: LessonsQuery, variables: LIBRARY })).toBeNull();
  });

  it('publishes a draft: the page shows it published, with no list refetched', async () => {
    const user = userEvent.setup();
    const before = lessonFixture({ state: 'DRAFT', publishedAt: null, viewerCan: { publish: true } });
    const after = lessonFixture({ state: 'PUBLISHED', reach: 'ORGANISATION', version: 4 });
    const publish: Mock = {
      request: {
        query: PublishLessonMutation,
        variables: { id: 'lesson-1', version: 3, reach: 'ORGANISATION', networkIds: [] },
      },
      result: { data: { publishLesson: after } },
    };
    await show(before, [publish]);
    const draftNotice =
      'Dette er et utkast. Ingen andre enn dere som står bak forsøket ser det før det publiseres.';
    expect(screen.getByText(draftNotice)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Publiser' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Publiser' }));

    expect(await screen.findByText('Lærdommen er publisert.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publiser' })).not.toBeInTheDocument();
    expect(screen.queryByText(draftNotice)).not.toBeInTheDocument();
  });
});
