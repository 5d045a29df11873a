import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './actor.js';
import type { GqlContext } from '../graphql/context.js';

export const IS_PUBLIC = 'laerekraft:public';
/** Marks an operation that needs no sign-in. Everything else is refused without a session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const IS_ANONYMOUS = 'laerekraft:anonymous';
/**
 * Marks a read that is the same for everyone (public lessons): it needs no sign-in, and the
 * guard does not look the session up for it, so its statements run with no tenant and
 * row-level security shows only what is public. Implies @Public.
 */
export const Anonymous = () => SetMetadata(IS_ANONYMOUS, true);

/** The signed-in person; only on operations that are not @Public (the guard guarantees it). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const gql = GqlExecutionContext.create(ctx).getContext<GqlContext>();
  return gql.auth.actor!;
});

/** The GraphQL context (request, response, loaders, actor). */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext): GqlContext => {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>();
});
