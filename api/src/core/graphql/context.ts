import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';

/**
 * The request's DataLoaders. Empty here: the composition root (api/src/loaders.ts) adds
 * every feature's loaders to it by declaration merging, so core names no feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export interface GqlContext {
  req: Request;
  res: Response;
  /**
   * Who the request acts for: undefined until the guard has looked, null when signed out.
   * A holder object, because Nest hands resolvers copies of the context: every copy, and
   * the loaders, share this one.
   */
  auth: {
    actor?: Actor | null;
    lookup?: Promise<Actor | null>;
    /**
     * On the WebSocket path only: whether the subscription's session still holds (looked up
     * again); when it does not, the socket is closed (4403). Subscriptions ask before each event.
     */
    stillSignedIn?: () => Promise<boolean>;
  };
  loaders: Loaders;
}
