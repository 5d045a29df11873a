import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { logger } from '../logging/logger.js';

/**
 * Delivery of events to live subscribers (GraphQL subscriptions), after their transaction
 * has committed (publish from `Db.afterCommit`). In-process by default; with `REDIS_URL`
 * through Redis (graphql-redis-subscriptions over ioredis), so every API instance delivers
 * to its own subscribers whatever instance caused the event. Messages are JSON: dates
 * arrive as strings. Channels are named `<prefix>:<topic>`, so installations (and test
 * runs) sharing one Redis do not hear each other.
 */
@Injectable()
export class EventBus implements OnModuleDestroy {
  private constructor(
    private readonly engine: PubSubEngine,
    private readonly prefix: string,
    private readonly close: () => Promise<unknown>,
    readonly kind: 'in-process' | 'redis',
  ) {}

  static inProcess(prefix = 'laerekraft'): EventBus {
    return new EventBus(new PubSub(), prefix, async () => undefined, 'in-process');
  }

  static async redis(url: string, prefix = 'laerekraft'): Promise<EventBus> {
    const [{ RedisPubSub }, { Redis }] = await Promise.all([
      import('graphql-redis-subscriptions'),
      import('ioredis'),
    ]);
    const options = {
      // Keep trying while Redis restarts; commands wait (bounded) instead of failing at once.
      maxRetriesPerRequest: 3,
      retryStrategy: (times: number) => Math.min(times * 200, 5000),
      lazyConnect: false,
    };
    const publisher = new Redis(url, options);
    const subscriber = new Redis(url, options);
    for (const [name, client] of [
      ['publisher', publisher],
      ['subscriber', subscriber],
    ] as const)
      client.on('error', (err: Error) =>
        logger.warn({ err: err.message, client: name }, 'redis: connection problem'),
      );
    const engine = new RedisPubSub({ publisher, subscriber });
    return new EventBus(engine, prefix, () => engine.close(), 'redis');
  }

  private channel(topic: string) {
    return `${this.prefix}:${topic}`;
  }

  publish(topic: string, payload: unknown): Promise<void> {
    return this.engine.publish(this.channel(topic), payload);
  }

  /** The events on `topic` from now on, as an async iterator (ends when the subscriber stops). */
  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(this.channel(topic));
  }

  async onModuleDestroy(): Promise<void> {
    await this.close().catch((err: unknown) => logger.warn({ err }, 'event bus: closing failed'));
  }
}
