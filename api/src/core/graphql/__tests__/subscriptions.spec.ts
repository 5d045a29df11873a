import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, GraphQLError, type ExecutionArgs } from 'graphql';
import { Actor } from '../../auth/actor.js';
import type { ActorSource } from '../../auth/actor-source.js';
import type { Db } from '../../database/db.service.js';
import type { GqlContext, Loaders } from '../context.js';
import {
  MAX_SOCKETS_PER_PERSON,
  MAX_SUBSCRIPTIONS_PER_SOCKET,
  subscriptionOptions,
} from '../subscriptions.js';

/** The WebSocket callbacks alone, with a session source that counts its look-ups. */
function setUp() {
  const actor = new Actor('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', '1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', []);
  const lookups = { n: 0 };
  const actors = {
    actorFor: async () => {
      lookups.n++;
      return actor;
    },
  } as unknown as ActorSource;
  const schema = buildSchema(`type Query { x: Int } type Subscription { tick: Int }`);
  const options = subscriptionOptions({
    db: {} as Db,
    actors,
    sessionSecret: 'secret',
    production: false,
    getSchema: () => schema,
    createLoaders: () => ({}) as Loaders,
  });
  const socket = () => {
    const closed: number[] = [];
    const ctx = {
      extra: {
        request: { headers: {}, signedCookies: {} } as unknown as IncomingMessage,
        socket: { close: (code: number) => void closed.push(code) },
      },
      subscriptions: {} as Record<string, unknown>,
    };
    return { ctx, closed };
  };
  /** Subscribes as graphql-ws does: the id is registered before onSubscribe runs. */
  const subscribe = async (ctx: ReturnType<typeof socket>['ctx'], id: string) => {
    ctx.subscriptions[id] = null;
    const r = await options.onSubscribe(ctx, id, { query: 'subscription { tick }' });
    if (Array.isArray(r)) delete ctx.subscriptions[id];
    return r;
  };
  return { options, socket, subscribe, lookups };
}

describe('the WebSocket path’s own limits (subscriptions.ts)', () => {
  it(`takes ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions at once on a socket and refuses the next with an error`, async () => {
    const { socket, subscribe } = setUp();
    const { ctx } = socket();
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_SOCKET; i++)
      expect(Array.isArray(await subscribe(ctx, `s${i}`))).toBe(false);
    const refused = await subscribe(ctx, 'sixth');
    expect(Array.isArray(refused)).toBe(true);
    expect((refused as GraphQLError[])[0].extensions.code).toBe('VALIDATION_FAILED');
    // Ended, one place frees.
    delete ctx.subscriptions.s0;
    expect(Array.isArray(await subscribe(ctx, 'again'))).toBe(false);
  });

  it('looks the session up once per socket for one event, however many subscriptions it has', async () => {
    const { socket, subscribe, lookups } = setUp();
    const { ctx, closed } = socket();
    const args: ExecutionArgs[] = [];
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_SOCKET; i++)
      args.push((await subscribe(ctx, `s${i}`)) as ExecutionArgs);
    const before = lookups.n;
    const answers = await Promise.all(args.map((a) => (a.contextValue as GqlContext).auth.stillSignedIn!()));
    expect(answers).toEqual(args.map(() => true));
    expect(lookups.n - before).toBe(1);
    expect(closed).toEqual([]);
  });

  it(`takes ${MAX_SOCKETS_PER_PERSON} sockets per person and refuses the next; a closed one frees its place`, async () => {
    const { options, socket } = setUp();
    const open = [];
    for (let i = 0; i < MAX_SOCKETS_PER_PERSON; i++) {
      const s = socket();
      expect(await options.onConnect(s.ctx)).toBe(true);
      open.push(s);
    }
    const extra = socket();
    expect(await options.onConnect(extra.ctx)).toBe(false);
    options.onClose(open[0].ctx);
    options.onClose(open[0].ctx); // closing twice frees once
    expect(await options.onConnect(extra.ctx)).toBe(true);
    expect(await options.onConnect(socket().ctx)).toBe(false);
  });
});
