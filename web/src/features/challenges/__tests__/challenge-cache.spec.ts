import { describe, expect, it } from '@jest/globals';
import { gql } from '@apollo/client';
import { createCache } from '../../../app/apollo-cache';
import { ChallengesQuery } from '../graphql/challenges';
import { placeChallenge } from '../graphql/cache';

const NETWORK = { __typename: 'Network', id: 'net-1', name: 'Helsenettverket' } as const;
const ORG = { __typename: 'Organisation', id: 'org-1', name: 'Bodø kommune' } as const;

const challenge = (id: string, deadline: string, state = 'OPEN') => ({
  __typename: 'Challenge' as const,
  id,
  title: `Utfordring ${id}`,
  concerns: 'Hvem det gjelder',
  deadline,
  state: state as 'OPEN',
  network: NETWORK,
  organisation: ORG,
});

function cacheWith(deadlines: Record<string, string>, hasNextPage: boolean) {
  const cache = createCache();
  cache.writeQuery({
    query: ChallengesQuery,
    variables: {},
    data: {
      __typename: 'Query',
      challenges: {
        __typename: 'ChallengeConnection',
        nodes: Object.entries(deadlines).map(([id, d]) => challenge(id, d)),
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c' : null },
      },
      networks: [],
    },
  });
  return cache;
}

/** What the post mutation writes of the new challenge before its `update` runs. */
const ChallengeRow = gql`
  fragment ChallengeRow on Challenge {
    id
    title
    concerns
    deadline
    state
    network {
      id
      name
    }
    organisation {
      id
      name
    }
  }
`;
function post(cache: ReturnType<typeof createCache>, c: ReturnType<typeof challenge>) {
  cache.writeFragment({ fragment: ChallengeRow, data: c });
  placeChallenge(cache, c);
}

const listed = (cache: ReturnType<typeof createCache>) =>
  cache.readQuery({ query: ChallengesQuery, variables: {} })?.challenges.nodes.map((n) => n.id);

describe('placeChallenge keeps the cached open lists as the API would answer them', () => {
  it('puts a posted challenge in deadline order', () => {
    const cache = cacheWith({ a: '2026-12-10', c: '2026-12-30' }, false);
    post(cache, challenge('b', '2026-12-20'));
    expect(listed(cache)).toEqual(['a', 'b', 'c']);
  });

  it('leaves one due after the loaded page to "Last flere" when there are more pages', () => {
    const cache = cacheWith({ a: '2026-12-10' }, true);
    post(cache, challenge('z', '2027-06-01'));
    expect(listed(cache)).toEqual(['a']);
  });

  it('takes a closed challenge out of the open lists', () => {
    const cache = cacheWith({ a: '2026-12-10', b: '2026-12-20' }, false);
    placeChallenge(cache, { id: 'a', state: 'CLOSED', network: { id: 'net-1' } });
    expect(listed(cache)).toEqual(['b']);
  });

  it('does the same in its network’s open challenges', () => {
    const cache = createCache();
    const NetworkChallenges = gql`
      fragment NetworkChallenges on Network {
        id
        challenges {
          id
          title
          deadline
          concerns
        }
      }
    `;
    const id = cache.identify(NETWORK)!;
    const row = (cid: string, deadline: string) => {
      const { network: _n, organisation: _o, state: _s, ...rest } = challenge(cid, deadline);
      return rest;
    };
    cache.writeFragment({
      id,
      fragment: NetworkChallenges,
      data: {
        __typename: 'Network',
        id: 'net-1',
        challenges: [row('a', '2026-12-10'), row('c', '2026-12-30')],
      },
    });
    const ids = () =>
      cache
        .readFragment<{ challenges: { id: string }[] }>({ id, fragment: NetworkChallenges })
        ?.challenges.map((c) => c.id);
    post(cache, challenge('b', '2026-12-20'));
    expect(ids()).toEqual(['a', 'b', 'c']);
    placeChallenge(cache, { id: 'a', state: 'CLOSED', network: { id: 'net-1' } });
    expect(ids()).toEqual(['b', 'c']);
  });
});
