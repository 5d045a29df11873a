/* eslint-disable @typescript-eslint/no-explicit-any -- subscription data is checked by the tests' assertions */
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

/**
 * A real GraphQL-over-WebSocket client (graphql-ws over `ws`), sending the session cookie
 * with the upgrade request as a browser does. `closed` resolves with the close code when
 * the server ends the connection (4403: refused).
 */
export function liveClient(baseUrl: string, cookie?: string) {
  const url = `${baseUrl.replace(/^http/, 'ws')}/graphql`;
  let closedWith: (code: number) => void = () => undefined;
  const closed = new Promise<number>((r) => (closedWith = r));
  let connectedWith: () => void = () => undefined;
  const connected = new Promise<void>((r) => (connectedWith = r));
  const client: Client = createClient({
    url,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, cookie ? { headers: { cookie } } : {});
      }
    },
    retryAttempts: 0,
    lazy: false,
    on: {
      connected: () => connectedWith(),
      closed: (event) => closedWith((event as { code: number }).code),
    },
    onNonLazyError: () => undefined,
  });
  return { client, closed, connected, dispose: () => client.dispose() };
}

export interface Live<T = any> {
  results: Array<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  error: unknown;
  /** Resolves once `n` results have arrived; rejects after `ms`. */
  atLeast(n: number, ms?: number): Promise<void>;
  /** Whether an error arrived within `ms` (the refusal of a subscription). */
  failed(ms?: number): Promise<unknown>;
  stop(): void;
}

/** Subscribes and collects what arrives. */
export function subscribe<T = any>(client: Client, query: string, operationName?: string): Live<T> {
  const live: Live<T> = {
    results: [],
    error: undefined,
    async atLeast(n, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (live.results.length < n) {
        if (live.error) throw new Error(`The subscription failed: ${JSON.stringify(live.error)}`);
        if (Date.now() > deadline)
          throw new Error(`Expected ${n} results within ${ms} ms, got ${live.results.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async failed(ms = 5_000) {
      const deadline = Date.now() + ms;
      while (!live.error && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      return live.error;
    },
    stop: () => undefined,
  };
  live.stop = client.subscribe<T>(
    { query, operationName },
    {
      next: (v) => void live.results.push(v as never),
      error: (e) => (live.error = e ?? 'error'),
      complete: () => undefined,
    },
  );
  return live;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
