import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

type Handler = () => void;
let unauthenticatedHandler: Handler | null = null;

/** The router registers how to send a signed-out person to the sign-in page. */
export function setUnauthenticatedHandler(handler: Handler): () => void {
  unauthenticatedHandler = handler;
  return () => {
    if (unauthenticatedHandler === handler) unauthenticatedHandler = null;
  };
}

// These are expected to fail with UNAUTHENTICATED (wrong password, expired link): no redirect.
const PUBLIC_OPERATIONS = new Set(['Login', 'Logout', 'InvitationPreview', 'AcceptInvitation']);

const errorLink = new ErrorLink(({ error, operation }) => {
  if (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') &&
    !PUBLIC_OPERATIONS.has(operation.operationName ?? '')
  ) {
    unauthenticatedHandler?.();
  }
});

const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

export const client = new ApolloClient({
  link: ApolloLink.from([errorLink, httpLink]),
  cache: new InMemoryCache(),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network' },
  },
});
