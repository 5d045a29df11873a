import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  GraphQLID,
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type StringValueNode,
} from 'graphql';
import type { FieldError } from '@laerekraft/shared';
import { DomainError } from '../errors/domain-error.js';

/** C0 and C1 controls and DEL, except tab, line feed and carriage return (PostgreSQL refuses NUL outright). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Every spelling PostgreSQL's uuid input accepts: any case, optional braces, optional hyphens between groups. */
const UUID = /^(\{)?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})(\})?$/i;

/** The canonical lower-case spelling of a uuid, or null when `value` is not one. */
export function canonicalUuid(value: string): string | null {
  const m = UUID.exec(value);
  if (!m || Boolean(m[1]) !== Boolean(m[7])) return null;
  return `${m[2]}-${m[3]}-${m[4]}-${m[5]}-${m[6]}`.toLowerCase();
}

type Problems = FieldError[];

function check(value: string, isId: boolean, field: string, problems: Problems): string {
  if (CONTROL.test(value)) {
    problems.push({ field, message: 'invalid' });
    return value;
  }
  if (!isId) return value;
  const id = canonicalUuid(value);
  if (id === null) problems.push({ field, message: 'invalid' });
  return id ?? value;
}

/** Cleans a variable's value by its declared type; returns the value to use. */
function cleanValue(type: GraphQLInputType, value: unknown, field: string, problems: Problems): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return cleanValue(type.ofType, value, field, problems);
  if (isListType(type)) {
    // A single value stands for a list of one (input coercion).
    if (!Array.isArray(value)) return cleanValue(type.ofType, value, field, problems);
    for (let i = 0; i < value.length; i++) value[i] = cleanValue(type.ofType, value[i], field, problems);
    return value;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return value; // coercion refuses it
    const fields = type.getFields();
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const def = fields[key];
      if (def) record[key] = cleanValue(def.type, record[key], key, problems);
    }
    return value;
  }
  const isId = type === GraphQLID || type.name === 'ID';
  if (typeof value === 'string') return check(value, isId, field, problems);
  // GraphQL's ID accepts numbers too; ours are uuids, so a number is refused here, not by PostgreSQL.
  if (isId && typeof value === 'number') problems.push({ field, message: 'invalid' });
  return value;
}

/** The name of the innermost input field or argument a literal sits in (its parent is not among the ancestors). */
function fieldOf(
  parent: ASTNode | ReadonlyArray<ASTNode> | undefined,
  ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>,
): string {
  const chain = [...ancestors, ...(parent ? [parent] : [])];
  for (let i = chain.length - 1; i >= 0; i--) {
    const a = chain[i] as ASTNode;
    if (a && 'kind' in a && (a.kind === Kind.OBJECT_FIELD || a.kind === Kind.ARGUMENT)) return a.name.value;
  }
  return 'input';
}

/**
 * Every string argument, in variables and in the document alike, before any resolver runs:
 * control characters are refused as VALIDATION_FAILED naming the field (PostgreSQL
 * refuses NUL with an error nobody planned for), and every ID is a uuid, rewritten to its
 * canonical lower-case spelling so services compare ids as PostgreSQL does. Returns the
 * document to execute (a new one only when an id was rewritten); `variables` are cleaned in
 * place. Used by the HTTP plugin below and by the WebSocket path (subscriptions.ts).
 */
export function guardInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
  variables: Record<string, unknown>,
): DocumentNode {
  const problems: Problems = [];
  for (const def of operation?.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
    if (type && name in variables) variables[name] = cleanValue(type, variables[name], name, problems);
  }
  const typeInfo = new TypeInfo(schema);
  const cleaned: DocumentNode = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node: StringValueNode, _key, parent, _path, ancestors) {
        const type = getNamedType(typeInfo.getInputType());
        const isId = !!type && isScalarType(type) && type.name === 'ID';
        const value = check(node.value, isId, fieldOf(parent, ancestors), problems);
        return value === node.value ? undefined : { ...node, value };
      },
      IntValue(_node, _key, parent, _path, ancestors) {
        const type = getNamedType(typeInfo.getInputType());
        if (type && isScalarType(type) && type.name === 'ID')
          problems.push({ field: fieldOf(parent, ancestors), message: 'invalid' });
        return undefined;
      },
    }),
  );
  if (problems.length) {
    const refusal = DomainError.validation(
      problems,
      'Some values contain characters that are not allowed, or an id is not a uuid: ' +
        [...new Set(problems.map((p) => p.field))].join(', '),
    );
    throw new GraphQLError(refusal.message, {
      originalError: refusal,
      extensions: { code: refusal.code, http: { status: 400 } },
    });
  }
  return cleaned;
}

/** The HTTP path's input guard (see guardInput). */
export function inputGuardPlugin(getSchema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          const variables = (rc.request.variables ?? {}) as Record<string, unknown>;
          const document = guardInput(getSchema(), rc.document, rc.operation, variables);
          // A new document only for this request: the parsed one stays cached as sent.
          if (document !== rc.document) (rc as { document: DocumentNode }).document = document;
        },
      };
    },
  };
}
