import { InMemoryCache, type ApolloClient } from '@apollo/client';

interface Page {
  nodes: readonly unknown[];
  pageInfo: unknown;
}

/** A first page (no `after`) replaces the list; a later page is appended. */
function appendPage(
  existing: Page | undefined,
  incoming: Page,
  { args }: { args: Record<string, unknown> | null },
): Page {
  if (!existing || !args?.after) return incoming;
  return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
}

/** The app's cache: its list policies and value objects (the component specs use it too). */
export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One list per scope; "Last flere" appends the next page to it.
          publicLessons: { keyArgs: false, merge: appendPage },
          // One list per scope, filter and sort; "Last flere" appends the next page to it.
          ideas: { keyArgs: ['scope', 'filter', 'sort'], merge: appendPage },
          experiments: { keyArgs: ['scope', 'filter', 'sort'], merge: appendPage },
          challenges: { keyArgs: ['state', 'networkId', 'first'], merge: appendPage },
          // A fresh list replaces the old one (the centre refetches on a live notice).
          notifications: { merge: false },
        },
      },
      // Value objects without ids: replace them whole.
      Hypothesis: { merge: true },
      LearningCard: { merge: true },
      IdeaViewerCan: { merge: true },
      ExperimentViewerCan: { merge: true },
    },
  });
}

/**
 * The client's options besides its link and cache. Data masking: a component sees only the
 * fields its own fragment selects (read with `useFragment`); a spread marked `@unmask` is
 * handed to the parent as before, for the parts not yet moved to colocated fragments.
 */
export const CLIENT_OPTIONS = {
  dataMasking: true,
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network' },
  },
} satisfies Partial<ApolloClient.Options>;
