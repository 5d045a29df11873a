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
