import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@laerekraft/shared';
import { DomainError } from '../errors/domain-error.js';

export const MAX_COMPLEXITY = 2000;
export const MAX_DEPTH = 8;
export const MAX_ALIASES = 15;
export const MAX_DIRECTIVES = 20;
export const MAX_TOKENS = 2000;
/**
 * A coarse count of the fields a document expands to (every fragment spread counted with
 * its fragment's size, computed once per fragment). It bounds the work of the precise cost
 * walk below, which expands fragments without memory: a chain of fragments each spreading
 * the next twice is refused here, in linear time, before that walk could take hours.
 */
export const MAX_EXPANDED_FIELDS = 20_000;

export function tooComplex(message: string) {
  // A DomainError inside: Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED,
  // and formatError keeps the code of the domain error it finds.
  return new GraphQLError(message, {
    originalError: new DomainError(ErrorCode.QUERY_TOO_COMPLEX, message),
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
  });
}

/** Reports a refusal as a validation error with our code (Apollo answers 400). */
const refuse =
  (what: string) =>
  (ctx: ValidationContext | null, error: GraphQLError): void => {
    const detail = error.message.replace(/^Syntax Error: /, '');
    ctx?.reportError(tooComplex(`The query is refused (${what}): ${detail}`));
  };

/**
 * The limits that run during validation, before any resolver and before the session is
 * looked up. Each walks the document once, fragments counted once (graphql-armor memoises
 * them).
 */
export function armorOptions() {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return new ApolloArmor({
    maxDepth: {
      ...common,
      n: MAX_DEPTH,
      // Fields count; fragments and inline fragments add no level of their own.
      flattenFragments: true,
      // Introspection is limited like everything else (it is off in production anyway).
      ignoreIntrospection: false,
      onReject: [refuse('depth')],
    },
    maxAliases: { ...common, n: MAX_ALIASES, onReject: [refuse('aliases')] },
    maxDirectives: { ...common, n: MAX_DIRECTIVES, onReject: [refuse('directives')] },
    costLimit: {
      ...common,
      maxCost: MAX_EXPANDED_FIELDS,
      objectCost: 1,
      scalarCost: 1,
      depthCostFactor: 1,
      flattenFragments: true,
      ignoreIntrospection: false,
      onReject: [refuse('size')],
    },
    // Tokens are limited by graphql-js's own parser (`parseOptions.maxTokens`, see
    // graphql.options.ts): armor's token plugin parses every document a second time.
    maxTokens: { enabled: false },
    // Its mask leaves a stray "?" behind: see noFieldSuggestions below.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** Drops graphql-js's "Did you mean …?" hints, which map the schema for anonymous callers. */
export const noFieldSuggestions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) error.message = error.message.replace(/\s*Did you mean [^?]*\?$/, '');
      },
    };
  },
};

/**
 * The precise cost (each field 1, lists as their fields declare), after validation and so
 * after the armor limits above have bounded how large the document may expand.
 */
export function complexityPlugin(getSchema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          assertCost(getSchema(), document, request.operationName ?? undefined, request.variables ?? {});
        },
      };
    },
  };
}

/** The precise cost check, for the HTTP plugin above and the WebSocket path (subscriptions.ts). */
export function assertCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): void {
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      operationName,
      query: document,
      variables,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (e) {
    // Variables that do not fit their types: the client's mistake, said as such.
    throw new GraphQLError(e instanceof Error ? e.message : 'Invalid variables', {
      extensions: { code: ErrorCode.VALIDATION_FAILED, http: { status: 400 } },
    });
  }
  if (complexity > MAX_COMPLEXITY) {
    throw tooComplex(
      `The query is too costly (${complexity}); the limit is ${MAX_COMPLEXITY}. Ask for fewer fields or smaller pages`,
    );
  }
}
