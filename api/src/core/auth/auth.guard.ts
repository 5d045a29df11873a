import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error.js';
import type { GqlContext } from '../graphql/context.js';
import { IS_ANONYMOUS, IS_PUBLIC } from './decorators.js';
import { ActorSource } from './actor-source.js';

/**
 * Deny by default: every GraphQL operation needs a valid session unless marked @Public.
 * What a signed-in person may see or do is then decided by each feature's policy.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // health and static files are public by nature
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    const targets = [context.getHandler(), context.getClass()];
    // No session lookup: the lookup would set the request's tenant.
    if (this.reflector.getAllAndOverride<boolean>(IS_ANONYMOUS, targets)) return true;
    // Top-level fields run in parallel: they share one lookup.
    if (ctx.auth.actor === undefined) {
      ctx.auth.lookup ??= this.actors.actorFor(ctx.req);
      const actor = await ctx.auth.lookup;
      if (ctx.auth.actor === undefined) ctx.auth.actor = actor;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    if (isPublic) return true;
    if (!ctx.auth.actor) throw DomainError.unauthenticated();
    return true;
  }
}
