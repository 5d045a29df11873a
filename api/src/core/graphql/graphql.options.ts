import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Request, Response } from 'express';
import type { Db } from '../database/db.service.js';
import { formatError } from '../errors/format-error.js';
import { armorOptions, complexityPlugin, MAX_TOKENS, noFieldSuggestions } from './complexity.plugin.js';
import { inputGuardPlugin } from './input-guard.plugin.js';
import { unitOfWorkPlugin } from './unit-of-work.plugin.js';
import type { TenantScope } from '../database/db.service.js';
import type { GqlContext, Loaders } from './context.js';
import type { ActorSource } from '../auth/actor-source.js';
import { subscriptionOptions } from './subscriptions.js';

/** `createLoaders` comes from the composition root: core knows no feature's loaders. */
export function graphqlOptions(
  db: Db,
  production: boolean,
  createLoaders: (db: Db, scope: () => TenantScope | null) => Loaders,
  live?: { actors: ActorSource; sessionSecret: string },
): ApolloDriverConfig {
  let schema: GraphQLSchema | undefined;
  // Depth, aliases, directives and size: validation rules, so before any resolver and the session lookup.
  const { plugins: armorPlugins, ...armor } = armorOptions();
  // graphql-armor's types come from Apollo's CommonJS build, Nest's from its ESM build: the same plugin shape.
  const plugins = [
    ...armorPlugins,
    ...(production ? [noFieldSuggestions] : []),
    inputGuardPlugin(() => schema!),
    complexityPlugin(() => schema!),
    unitOfWorkPlugin(db),
    // No HTTP cache hints are used; without it Apollo wraps no field resolver in timing.
    ApolloServerPluginCacheControlDisabled(),
  ] as NonNullable<ApolloDriverConfig['plugins']>;
  return {
    ...armor,
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    graphiql: !production,
    includeStacktraceInErrorResponses: false,
    transformSchema: (s: GraphQLSchema) => (schema = s),
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins,
    formatError,
    // Subscriptions over graphql-ws on the same path; its own checks (subscriptions.ts).
    ...(live
      ? {
          subscriptions: {
            'graphql-ws': subscriptionOptions({
              db,
              production,
              createLoaders,
              getSchema: () => schema!,
              ...live,
            }) as never,
          },
        }
      : {}),
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => {
      const auth: GqlContext['auth'] = {};
      return { req, res, auth, loaders: createLoaders(db, () => auth.actor?.scope ?? null) };
    },
  };
}
