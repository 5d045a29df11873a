import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { Observable, type Subscription } from 'rxjs';
import { CLIENT_OPTIONS, createCache } from './apollo-cache';

type Handler = () => void;
let unauthenticatedHandler: Handler | null = null;

/** The router registers how to send a signed-out person to the sign-in page. */
export function setUnauthenticatedHandler(handler: Handler): () => void {
  unauthenticatedHandler = handler;
  return () => {
    if (unauthenticatedHandler === handler) unauthenticatedHandler = null;
  };
}

// Signing in, invitations and public lessons answer for themselves (INVALID_CREDENTIALS, an
// expired link, NOT_FOUND): no redirect.
const PUBLIC_OPERATIONS = new Set([
  'Login',
  'Logout',
  'InvitationPreview',
  'AcceptInvitation',
  'PublicLessons',
  'PublicLesson',
]);

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

/**
 * Subscriptions go over graphql-ws; the client for it (live-link.ts) is fetched on the first
 * subscription, which only signed-in pages start.
 */
let liveLink: Promise<ApolloLink> | null = null;
const lazyLiveLink = new ApolloLink(
  (operation) =>
    new Observable((observer) => {
      let sub: Subscription | null = null;
      let closed = false;
      liveLink ??= import('./live-link').then((m) => m.createLiveLink());
      liveLink.then(
        (link) => {
          if (!closed) sub = link.request(operation, () => new Observable()).subscribe(observer);
        },
        (e: unknown) => observer.error(e),
      );
      return () => {
        closed = true;
        sub?.unsubscribe();
      };
    }) as never,
);

const isSubscription = ({ query }: { query: Parameters<typeof getMainDefinition>[0] }) => {
  const def = getMainDefinition(query);
  return def.kind === 'OperationDefinition' && def.operation === 'subscription';
};

export const client = new ApolloClient({
  link: ApolloLink.from([errorLink, ApolloLink.split(isSubscription, lazyLiveLink, httpLink)]),
  cache: createCache(),
  ...CLIENT_OPTIONS,
});
