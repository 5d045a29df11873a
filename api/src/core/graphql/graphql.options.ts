import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Request, Response } from 'express';
import type { Db } from '../database/db.service.js';
import { formatError } from '../errors/format-error.js';
import { complexityPlugin } from './complexity.plugin.js';
import { unitOfWorkPlugin } from './unit-of-work.plugin.js';
import { createLoaders } from '../../loaders.js';
import type { GqlContext } from './context.js';

export function graphqlOptions(db: Db, production: boolean): ApolloDriverConfig {
  let schema: GraphQLSchema | undefined;
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    graphiql: !production,
    includeStacktraceInErrorResponses: false,
    transformSchema: (s: GraphQLSchema) => (schema = s),
    plugins: [
      complexityPlugin(() => schema!),
      unitOfWorkPlugin(db),
      // No HTTP cache hints are used; without it Apollo wraps no field resolver in timing.
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError,
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => {
      const auth: GqlContext['auth'] = {};
      return { req, res, auth, loaders: createLoaders(db, () => auth.actor?.scope ?? null) };
    },
  };
}
