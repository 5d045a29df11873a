import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import type { Loaders } from '../../loaders.js';

export interface GqlContext {
  req: Request;
  res: Response;
  /** undefined until the guard has looked; null when signed out. */
  actor?: Actor | null;
  loaders: Loaders;
}

const ACTOR = Symbol('laerekraft.actor');

/** The actor is kept on the request too: Nest hands resolvers a copy of the context object. */
export function setRequestActor(req: Request, actor: Actor | null): void {
  (req as unknown as Record<symbol, Actor | null>)[ACTOR] = actor;
}

export function actorOfRequest(req: Request): Actor | null {
  return (req as unknown as Record<symbol, Actor | null>)[ACTOR] ?? null;
}
