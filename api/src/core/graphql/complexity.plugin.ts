import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@laerekraft/shared';

export const MAX_COMPLEXITY = 2000;
export const MAX_DEPTH = 8;

/**
 * Refuses operations that would cost too much (each field 1, lists as their fields
 * declare) or nest too deep, before any resolver runs.
 */
export function complexityPlugin(getSchema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const depth = depthOf(operation.selectionSet, document);
          if (depth > MAX_DEPTH) {
            throw new GraphQLError(`The query nests ${depth} levels deep; the limit is ${MAX_DEPTH}`, {
              extensions: { code: ErrorCode.VALIDATION_FAILED, http: { status: 400 } },
            });
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: getSchema(),
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (e) {
            // Variables that do not fit their types: the client's mistake, said as such.
            throw new GraphQLError(e instanceof Error ? e.message : 'Invalid variables', {
              extensions: { code: ErrorCode.VALIDATION_FAILED, http: { status: 400 } },
            });
          }
          if (complexity > MAX_COMPLEXITY) {
            throw new GraphQLError(
              `The query is too costly (${complexity}); the limit is ${MAX_COMPLEXITY}. Ask for fewer fields or smaller pages`,
              {
                extensions: { code: ErrorCode.VALIDATION_FAILED, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}

type Sel = { selections: ReadonlyArray<{ kind: string; selectionSet?: Sel; name?: { value: string } }> };
function depthOf(
  set: Sel | undefined,
  document: import('graphql').DocumentNode,
  seen = new Set<string>(),
): number {
  if (!set) return 0;
  let max = 0;
  for (const s of set.selections) {
    if (s.kind === 'Field')
      max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet, document, seen) : 1);
    else if (s.kind === 'InlineFragment') max = Math.max(max, depthOf(s.selectionSet, document, seen));
    else if (s.kind === 'FragmentSpread' && s.name && !seen.has(s.name.value)) {
      const frag = document.definitions.find(
        (d) => d.kind === 'FragmentDefinition' && d.name.value === s.name!.value,
      );
      if (frag && 'selectionSet' in frag)
        max = Math.max(max, depthOf(frag.selectionSet as Sel, document, new Set([...seen, s.name.value])));
    }
  }
  return max;
}
