import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '@laerekraft/shared';
import type { Actor } from '../auth/actor.js';
import type { ActorSource } from '../auth/actor-source.js';
import type { Db, TenantScope } from '../database/db.service.js';
import { formatError } from '../errors/format-error.js';
import { logger } from '../logging/logger.js';
import { armorOptions, assertCost, MAX_TOKENS, tooComplex } from './complexity.plugin.js';
import type { GqlContext, Loaders } from './context.js';
import { guardInput } from './input-guard.plugin.js';

/** What graphql-ws hands the callbacks (the parts used here). */
interface WsContext {
  extra: {
    request: IncomingMessage;
    socket: { close(code: number, reason: string): void };
    actor?: Actor | null;
    /** This socket's last session check, shared by its subscriptions for one event (SESSION_CHECK_MS). */
    sessionCheck?: { at: number; personId: string; still: Promise<boolean> };
    /** Counted in the per-person socket tally (released on close). */
    counted?: string;
  };
  /** graphql-ws's own: the socket's subscriptions by id, the one being subscribed included. */
  subscriptions?: Record<string, unknown>;
}

/** Concurrent subscriptions on one socket (the web needs one: the header badge). */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 5;
/** Open sockets per person on this instance (tabs and devices). */
export const MAX_SOCKETS_PER_PERSON = 10;
/** One session look-up answers every subscription of a socket for this long (one event's fan-out). */
const SESSION_CHECK_MS = 1000;
interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * Refuses a WebSocket upgrade on `path` that carries no validly signed cookie, with 401 and
 * before the WebSocket server reads a frame: an anonymous client never gets a socket to send
 * (large) messages on. Registered ahead of @nestjs/graphql's own upgrade listener, which then
 * finds the socket closed. A signed cookie is only the first gate: onConnect looks the session up.
 */
export function refuseAnonymousUpgrades(
  server: { prependListener(event: 'upgrade', l: (req: IncomingMessage, socket: Duplex) => void): unknown },
  path: string,
  sessionSecret: string,
): void {
  const readCookies = cookieParser(sessionSecret);
  server.prependListener('upgrade', (req, socket) => {
    if (!req.url?.startsWith(path)) return;
    const r = req as unknown as Request;
    readCookies(r, {} as Response, () => undefined);
    // cookie-parser keeps a cookie whose signature does not match as `false`.
    if (Object.values(r.signedCookies ?? {}).some((v) => typeof v === 'string' && v !== '')) return;
    socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    socket.destroy();
  });
}

/** graphql-ws closes the socket with this code when onConnect refuses (4403 Forbidden). */
const refusal = (code: ErrorCode, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * The GraphQL-over-WebSocket path (graphql-ws, bundled with @nestjs/graphql), for
 * subscriptions only. Apollo's plugins do not run here, so what they do for HTTP is done in
 * the callbacks, in the same order:
 * - the upgrade: refused with 401 without a validly signed cookie (refuseAnonymousUpgrades);
 * - onConnect: the session cookie of the upgrade request (signed, read as cookie-parser
 *   would), resolved by the same ActorSource as HTTP; no valid session, no connection
 *   (4403). In production a browser's Origin must be this host (cross-site WebSocket hijacking).
 * - onSubscribe: the token limit (parse), the validation rules with graphql-armor's depth,
 *   alias, directive and size limits, the input guard (control characters, uuids) and the
 *   cost limit; only a subscription is accepted (queries and mutations go over HTTP, in their
 *   unit of work); then the session again (it may have ended since the connection opened; a
 *   subscription asks `auth.stillSignedIn` before each event too).
 * - every result's errors leave through the same formatError as HTTP.
 * Delivery itself (published after commit, filtered per subscriber) is the feature's.
 */
export function subscriptionOptions(opts: {
  db: Db;
  actors: ActorSource;
  sessionSecret: string;
  production: boolean;
  getSchema: () => GraphQLSchema;
  createLoaders: (db: Db, scope: () => TenantScope | null) => Loaders;
}) {
  const readCookies = cookieParser(opts.sessionSecret);
  const { validationRules = [] } = armorOptions() as { validationRules?: ValidationRule[] };
  const rules = [...specifiedRules, ...validationRules];

  const actorOf = async (request: IncomingMessage): Promise<Actor | null> => {
    const req = request as unknown as Request;
    if (!('signedCookies' in req)) readCookies(req, {} as Response, () => undefined);
    return opts.actors.actorFor(req);
  };

  const sameOrigin = (request: IncomingMessage): boolean => {
    const origin = request.headers.origin;
    if (!origin || !opts.production) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  };

  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => {
      const f = formatError(e.toJSON(), e);
      return new GraphQLError(f.message, { extensions: f.extensions });
    });

  /** Open sockets per person (this instance): a cap, released when a socket closes. */
  const sockets = new Map<string, number>();
  const release = (ctx: WsContext) => {
    const who = ctx.extra.counted;
    if (!who) return;
    ctx.extra.counted = undefined;
    const n = (sockets.get(who) ?? 1) - 1;
    if (n > 0) sockets.set(who, n);
    else sockets.delete(who);
  };

  return {
    async onConnect(ctx: WsContext): Promise<boolean> {
      if (!sameOrigin(ctx.extra.request)) return false;
      const actor = await actorOf(ctx.extra.request).catch((err: unknown) => {
        logger.warn({ err }, 'websocket: session lookup failed');
        return null;
      });
      ctx.extra.actor = actor;
      if (!actor) return false;
      const open = sockets.get(actor.personId) ?? 0;
      if (open >= MAX_SOCKETS_PER_PERSON) return false;
      sockets.set(actor.personId, open + 1);
      ctx.extra.counted = actor.personId;
      return true;
    },

    onClose(ctx: WsContext): void {
      release(ctx);
    },

    async onSubscribe(
      ctx: WsContext,
      _id: string,
      payload: SubscribePayload,
    ): Promise<ExecutionArgs | readonly GraphQLError[]> {
      // At most MAX_SUBSCRIPTIONS_PER_SOCKET at once (graphql-ws has already registered this id,
      // and unregisters it when it is refused or completes): each costs memory and a filter per event.
      if (Object.keys(ctx.subscriptions ?? {}).length > MAX_SUBSCRIPTIONS_PER_SOCKET)
        return [
          refusal(
            ErrorCode.VALIDATION_FAILED,
            `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions at once on one connection`,
          ),
        ];
      // The limits first, as on HTTP (before the session lookup): they cost no statement.
      const schema = opts.getSchema();
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: MAX_TOKENS });
      } catch (e) {
        const message = e instanceof Error ? e.message : 'Syntax error';
        return [
          /tokens/.test(message)
            ? tooComplex('The query is refused (tokens): it is longer than the server accepts')
            : refusal(ErrorCode.VALIDATION_FAILED, message),
        ];
      }
      const errors = validate(schema, document, rules);
      if (errors.length) return format(errors);
      const operation = getOperationAST(document, payload.operationName ?? undefined);
      if (operation?.operation !== 'subscription')
        return [
          refusal(ErrorCode.VALIDATION_FAILED, 'Only subscriptions are served over WebSocket: use HTTP'),
        ];
      const variableValues = { ...(payload.variables ?? {}) };
      try {
        document = guardInput(schema, document, operation, variableValues);
        assertCost(schema, document, payload.operationName ?? undefined, variableValues);
      } catch (e) {
        return format([e instanceof GraphQLError ? e : new GraphQLError(String(e))]);
      }
      const actor = await actorOf(ctx.extra.request);
      ctx.extra.actor = actor;
      if (!actor) return [refusal(ErrorCode.UNAUTHENTICATED, 'Sign in again: the session has ended')];
      const auth: GqlContext['auth'] = {
        actor,
        // Signed out (or deactivated) since: the next event closes the socket instead of arriving.
        // One look-up per socket per event: the socket's subscriptions share it for SESSION_CHECK_MS.
        stillSignedIn: () => {
          const last = ctx.extra.sessionCheck;
          if (last && last.personId === actor.personId && Date.now() - last.at < SESSION_CHECK_MS)
            return last.still;
          const still = actorOf(ctx.extra.request)
            .catch(() => null)
            .then((now) => {
              if (now?.personId === actor.personId) return true;
              ctx.extra.socket.close(4403, 'Forbidden');
              return false;
            });
          ctx.extra.sessionCheck = { at: Date.now(), personId: actor.personId, still };
          return still;
        },
      };
      const contextValue: GqlContext = {
        req: ctx.extra.request as unknown as Request,
        res: undefined as unknown as Response,
        auth,
        loaders: opts.createLoaders(opts.db, () => auth.actor?.scope ?? null),
      };
      return { schema, document, variableValues, operationName: payload.operationName, contextValue };
    },

    onNext(_ctx: WsContext, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) {
      if (!result.errors?.length) return result;
      return { ...result, errors: format(result.errors) };
    },
  };
}
