import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@laerekraft/shared';
import type { Db } from '../database/db.service.js';
import { logger } from '../logging/logger.js';

/**
 * One request, one transaction. The HTTP middleware (server.ts) gives each GraphQL request
 * a unit of work; this plugin makes it read-only for queries before anything runs, and
 * ends it once the result is known: a mutation with any error is rolled back as a whole
 * (and says so with `data: null`), everything else commits. After-commit hooks run then.
 */
export function unitOfWorkPlugin(db: Db): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          const uow = db.unitOfWork();
          if (uow && operation?.operation === 'query') uow.readOnly = true;
        },
        async willSendResponse({ response, operation }) {
          const uow = db.unitOfWork();
          if (!uow) return;
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const failed = (body?.errors?.length ?? 0) > 0;
          const mutation = operation?.operation === 'mutation';
          try {
            await uow.finish(!(mutation && failed));
          } catch (e) {
            logger.error({ err: e }, 'the request transaction did not commit');
            if (body) {
              body.data = null;
              body.errors = [
                {
                  message: 'The change could not be saved. Try again',
                  extensions: { code: ErrorCode.CONFLICT },
                } as never,
              ];
            }
            return;
          }
          if (mutation && failed && body) body.data = null;
        },
      };
    },
  };
}
