/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Limits } from '@laerekraft/shared';
import { gate, renderPage, type Hold, type Mock } from '../../../__tests__/render';
import { ideaFixture, type IdeaCan } from '../../../__tests__/fixtures';
import { FollowingQuery } from '../../../ui/FollowButton';
import { BackIdeaMutation, CommentOnIdeaMutation, IdeaPageQuery } from '../graphql/ideas';
import IdeaPage from '../components/IdeaPage';

const following: Mock = {
  request: { query: FollowingQuery, variables: { subjectType: 'IDEA', subjectId: 'idea-1' } },
  result: {
    data: {
      following: { __typename: 'FollowState', subjectType: 'IDEA', subjectId: 'idea-1', following: false },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function ideaMock(idea: ReturnType<typeof ideaFixture>): Mock {
  return {
    request: { query: IdeaPageQuery, variables: { id: idea.id } },
    result: { data: { idea } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

async function showIdea(
  viewerCan: Partial<IdeaCan>,
  extra: Mock[] = [],
  over: Record<string, unknown> = {},
  hold?: Hold,
) {
  const idea = ideaFixture({ viewerCan, ...over });
  const view = await renderPage(<IdeaPage />, {
    path: `/ideer/${idea.id}`,
    route: '/ideer/:id',
    mocks: [ideaMock(idea), following, ...extra],
    hold,
  });
  await screen.findByRole('heading', { level: 1, name: idea.title });
  return view;
}

/** A paragraph whose whole text is `text` (the count and «Du støtter den.» are separate text nodes). */
const saying = (text: string) => (_: string, el: Element | null) =>
  el?.tagName === 'P' && el.textContent === text;
const paragraph = (text: string) => screen.getByText(saying(text));

describe('the idea page offers what viewerCan allows, and nothing else', () => {
  it('offers Send inn and Rediger to the author of a draft whose viewerCan says so', async () => {
    await showIdea({ edit: true, submit: true }, [], { state: 'DRAFT' });
    expect(screen.getByRole('button', { name: 'Send inn' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rediger' })).toHaveAttribute('href', '/ideer/idea-1/rediger');
    expect(screen.queryByRole('button', { name: 'Godkjenn for utprøving' })).not.toBeInTheDocument();
  });

  it('offers no action at all when viewerCan allows none', async () => {
    await showIdea({});
    for (const name of ['Send inn', 'Godkjenn for utprøving', 'Avslå', 'Parker', 'Støtt', 'Send kommentar'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rediger' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Kommentar/ })).not.toBeInTheDocument();
  });

  it('offers a reviewer exactly the decisions viewerCan lists', async () => {
    await showIdea({ approve: true, park: true, back: true, comment: true });
    expect(screen.getByRole('button', { name: 'Godkjenn for utprøving' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Parker' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Avslå' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send inn' })).not.toBeInTheDocument();
  });

  it('offers Støtt and the comment form only when viewerCan allows them', async () => {
    await showIdea({ back: true });
    expect(screen.getByRole('button', { name: 'Støtt' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: 'Send kommentar' })).not.toBeInTheDocument();
  });

  it('backs the idea at once (optimistic) and keeps the server’s count', async () => {
    const user = userEvent.setup();
    // The server answers only when the test lets it, so what shows before is the optimistic answer.
    const server = gate();
    const back: Mock = {
      request: { query: BackIdeaMutation, variables: { id: 'idea-1', backing: true } },
      result: {
        data: { backIdea: { __typename: 'Idea', id: 'idea-1', backedByMe: true, backingCount: 7 } },
      },
    };
    await showIdea({ back: true }, [back], {}, { operation: 'BackIdea', until: server.until });
    expect(paragraph('4 støtter idéen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Støtt' }));
    expect(await screen.findByText(saying('5 støtter idéen. Du støtter den.'))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Støtt' })).toHaveAttribute('aria-pressed', 'true');
    server.open();
    expect(await screen.findByText(saying('7 støtter idéen. Du støtter den.'))).toBeInTheDocument();
  });
});

describe('the comment form checks the shared rules before it sends', () => {
  const fieldError = (text: string) => {
    const box = screen.getByRole('textbox', { name: /Kommentar/ });
    const described = (box.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return described.some((id) => document.getElementById(id)?.textContent?.includes(text));
  };

  it('refuses an empty comment with «Må fylles ut.» and sends nothing', async () => {
    const user = userEvent.setup();
    await showIdea({ comment: true });
    await user.click(screen.getByRole('button', { name: 'Send kommentar' }));
    expect(
      await screen.findByRole('heading', { name: 'For å gå videre må du rette opp dette:' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kommentar: Må fylles ut.' })).toBeInTheDocument();
    expect(fieldError('Må fylles ut.')).toBe(true);
  });

  it(`refuses a comment longer than ${Limits.COMMENT_MAX} characters with the limit named`, async () => {
    const user = userEvent.setup();
    await showIdea({ comment: true });
    const box = screen.getByRole('textbox', { name: /Kommentar/ });
    await user.click(box);
    await user.paste('x'.repeat(Limits.COMMENT_MAX + 1));
    await user.click(screen.getByRole('button', { name: 'Send kommentar' }));
    expect(
      await screen.findAllByText(new RegExp(`Kan ikke være lengre enn ${Limits.COMMENT_MAX} tegn`)),
    ).not.toHaveLength(0);
    expect(fieldError(`Kan ikke være lengre enn ${Limits.COMMENT_MAX} tegn.`)).toBe(true);
  });

  it('adds a sent comment to the list from the mutation’s answer, without reloading the idea', async () => {
    const user = userEvent.setup();
    const comment: Mock = {
      request: {
        query: CommentOnIdeaMutation,
        variables: { input: { ideaId: 'idea-1', text: 'Godt forslag' } },
      },
      result: {
        data: {
          commentOnIdea: {
            __typename: 'IdeaComment',
            id: 'c-1',
            text: 'Godt forslag',
            createdAt: '2026-11-04T10:00:00.000Z',
            author: { __typename: 'Person', id: 'person-2', name: 'Ola Nordmann' },
          },
        },
      },
    };
    await showIdea({ comment: true }, [comment]);
    expect(screen.getByText('Ingen kommentarer ennå.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Kommentar/ }), 'Godt forslag');
    await user.click(screen.getByRole('button', { name: 'Send kommentar' }));
    expect(await screen.findByText('Godt forslag', { selector: 'p' })).toBeInTheDocument();
    expect(screen.queryByText('Ingen kommentarer ennå.')).not.toBeInTheDocument();
  });
});
