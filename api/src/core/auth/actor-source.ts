import type { Request } from 'express';
import type { Actor } from './actor.js';

/** Who a request acts for. Core's guard asks; the identity feature answers (its sessions). */
export abstract class ActorSource {
  abstract actorFor(req: Request): Promise<Actor | null>;
}
