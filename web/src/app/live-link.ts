import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

/** A close the server means: no (or no longer a) valid session. Reconnecting will not help. */
const REFUSED = 4403;

/**
 * The WebSocket link for subscriptions (graphql-ws), loaded only when a signed-in page first
 * subscribes, so the first load does not carry it. The browser sends the session cookie with
 * the upgrade request itself. Reconnects politely: backing off exponentially with jitter up to
 * half a minute, forever while the page is open, but never after the server refused the session.
 */
export function createLiveLink(): GraphQLWsLink {
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  return new GraphQLWsLink(
    createClient({
      url,
      lazy: true,
      lazyCloseTimeout: 5_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (event) =>
        !(event && typeof event === 'object' && 'code' in event && event.code === REFUSED),
      retryWait: (retries) =>
        new Promise((resolve) =>
          setTimeout(resolve, Math.min(30_000, 1_000 * 2 ** retries) * (0.5 + Math.random() / 2)),
        ),
    }),
  );
}
