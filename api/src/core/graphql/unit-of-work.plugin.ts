import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
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
        async didResolveOperation({ operation, document, schema }) {
          const uow = db.unitOfWork();
          if (uow && operation?.operation === 'query') uow.readOnly = true;
          if (operation?.operation === 'mutation') {
            const fields = rootFields(operation.selectionSet, document);
            const type = schema.getMutationType();
            const alone = fields.find((f) => type?.getFields()[f]?.extensions?.[STANDALONE]);
            if (alone && fields.length > 1)
              throw new GraphQLError(`${alone} must be sent as the only field of its mutation`, {
                extensions: { code: ErrorCode.VALIDATION_FAILED, http: { status: 400 } },
              });
          }
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

/**
 * The field extension that marks a mutation which must be an operation of its own: it
 * works through `Db.door` (its own transaction, on its own pool) or sets a cookie, so it
 * cannot be rolled back with other fields, nor wait for locks they hold.
 * Use: `@Extensions({ [STANDALONE]: true })`.
 */
export const STANDALONE = 'laerekraftStandalone';

/** The root field names of an operation, fragments at the root included (each read once). */
function rootFields(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) names.push(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT) names.push(...rootFields(s.selectionSet, document, seen));
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const frag = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
      );
      if (frag && frag.kind === Kind.FRAGMENT_DEFINITION)
        names.push(...rootFields(frag.selectionSet, document, seen));
    }
  }
  return names;
}
