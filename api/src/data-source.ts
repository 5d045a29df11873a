import { DataSource, type Logger } from 'typeorm';
import { MIGRATIONS } from '@laerekraft/migrations';
import { ENTITIES } from './entities.js';
import { SnakeNamingStrategy } from './core/database/naming-strategy.js';

/**
 * The one DataSource definition: the app, the tests and the migration scripts all build it
 * here. It lives in the composition root because it names every feature's entities.
 */
export function createDataSource(
  url: string,
  opts: { poolSize?: number; logging?: boolean; logger?: Logger } = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension needs superuser rights
    uuidExtension: 'pgcrypto',
    logging: opts.logger ? ['query'] : (opts.logging ?? false),
    ...(opts.logger ? { logger: opts.logger } : {}),
    // A request waits at most 10 s for a connection instead of hanging when the pool is exhausted.
    extra: { max: opts.poolSize ?? 10, application_name: 'laerekraft', connectionTimeoutMillis: 10_000 },
  });
}
