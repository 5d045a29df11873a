/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Limits } from '@laerekraft/shared';
import { renderPage, type Mock } from '../../../__tests__/render';
import { MeQuery } from '../../../app/session/graphql';
import { SimilarQuery } from '../../../ui/TriedBefore';
import { UnitsQuery } from '../../../ui/useUnitTree';
import { ideaFixture } from '../../../__tests__/fixtures';
import { AnswerableChallengesQuery, CreateIdeaMutation } from '../graphql/ideas';
import IdeaFormPage from '../components/IdeaFormPage';

const can = (createIdea: boolean) => ({
  __typename: 'ViewerCan',
  administer: false,
  createIdea,
  reviewIdeas: false,
  createExperiment: false,
  createNetwork: false,
  respondToNetworkInvitations: false,
  postChallenge: false,
});

function me(createIdea: boolean): Mock {
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
          roles: [],
          organisation: {
            __typename: 'Organisation',
            id: 'org-1',
            name: 'Bergen kommune',
            kind: 'MUNICIPALITY',
          },
          unit: { __typename: 'Unit', id: 'unit-1', name: 'Helse og omsorg' },
        },
        viewerCan: can(createIdea),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const lookups: Mock[] = [
  {
    request: { query: UnitsQuery, variables: { includeArchived: false } },
    result: {
      data: {
        units: [
          {
            __typename: 'Unit',
            id: 'unit-1',
            name: 'Helse og omsorg',
            parentId: null,
            archivedAt: null,
            version: 1,
          },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: AnswerableChallengesQuery },
    result: { data: { challenges: { __typename: 'ChallengeConnection', nodes: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: SimilarQuery, variables: () => true },
    result: { data: { similar: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

async function showForm(createIdea = true, extra: Mock[] = []) {
  const view = await renderPage(<IdeaFormPage />, {
    path: '/ideer/ny',
    mocks: [me(createIdea), ...lookups, ...extra],
    before: (client) => client.query({ query: MeQuery }),
  });
  return view;
}

/** The message under the field named `label` (what a screen reader hears with the field). */
function messageOf(label: RegExp) {
  const field = screen.getByRole('textbox', { name: label });
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('the idea form checks the shared idea rules before it saves', () => {
  it('refuses a draft without a title: «Tittel: Må fylles ut.» in the summary and under the field', async () => {
    const user = userEvent.setup();
    await showForm();
    await user.click(await screen.findByRole('button', { name: 'Lagre utkast' }));
    expect(await screen.findByRole('link', { name: 'Tittel: Må fylles ut.' })).toBeInTheDocument();
    expect(messageOf(/^Tittel/)).toContain('Må fylles ut.');
  });

  it(`refuses a title longer than ${Limits.TITLE_MAX} characters, naming the limit`, async () => {
    const user = userEvent.setup();
    await showForm();
    await user.click(await screen.findByRole('textbox', { name: /^Tittel/ }));
    await user.paste('T'.repeat(Limits.TITLE_MAX + 1));
    await user.click(screen.getByRole('button', { name: 'Lagre utkast' }));
    const text = `Kan ikke være lengre enn ${Limits.TITLE_MAX} tegn.`;
    expect(await screen.findByRole('link', { name: `Tittel: ${text}` })).toBeInTheDocument();
    expect(messageOf(/^Tittel/)).toContain(text);
  });

  it('saves a draft whose title is exactly the limit', async () => {
    const user = userEvent.setup();
    const title = 'T'.repeat(Limits.TITLE_MAX);
    const create: Mock = {
      request: {
        query: CreateIdeaMutation,
        variables: (v: { input?: { title?: string } }) => v.input?.title === title,
      },
      result: {
        data: { createIdea: ideaFixture({ title, state: 'DRAFT', viewerCan: { edit: true, submit: true } }) },
      },
    };
    await showForm(true, [create]);
    await user.click(await screen.findByRole('textbox', { name: /^Tittel/ }));
    await user.paste(title);
    await user.click(screen.getByRole('button', { name: 'Lagre utkast' }));
    expect(await screen.findByText('Utkastet er lagret.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Tittel:/ })).not.toBeInTheDocument();
  });

  it('tells a reader whom viewerCan does not let register ideas why, and shows no form', async () => {
    await showForm(false);
    expect(
      await screen.findByText('Som leser følger du porteføljen, men registrerer ikke idéer selv.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lagre utkast' })).not.toBeInTheDocument();
  });
});
