import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root, found from this file (api/src/core/config or api/dist/core/config). */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  /** External PostgreSQL, as the application role; when absent the embedded server is started. */
  databaseUrl: string | null;
  /** The same database as the owner role that runs migrations; without it pending migrations stop the start. */
  migrationDatabaseUrl: string | null;
  embeddedPort: number;
  embeddedDataDir: string;
  sessionSecret: string;
  sessionHours: number;
  /** Seed demo organisations and accounts on start (never in production unless asked for). */
  demo: boolean;
  webDist: string;
  logLevel: string;
  /**
   * How many reverse proxies stand in front (Express `trust proxy`): the client address
   * the login rate limit keys on is taken from X-Forwarded-For that many hops back.
   */
  trustProxy: number;
  /**
   * The address people reach the installation at (`https://laerekraft.example.no`), for the
   * canonical and Open Graph URLs of the public pages; without it they are taken from the request.
   */
  publicUrl: string | null;
  /** The licence the open data (/open/lessons.*) is published under: NLOD 2.0 unless set. */
  openDataLicence: { id: string; url: string };
  /** Redis for delivering events across API instances; null: in-process delivery (one instance). */
  redisUrl: string | null;
  /** Prefix of the Redis channels, so installations sharing one Redis do not hear each other. */
  redisChannelPrefix: string;
  /**
   * How long (seconds) an idle keep-alive connection stays open. Longer than any client's or
   * load balancer's own idle timeout (undici 4 s, AWS ALB 60 s), so the client always closes
   * first: a server that closes first races the client's next request on that socket
   * ("other side closed"). Node's default is 5 s.
   */
  keepAliveSeconds: number;
}

/** A configuration problem: the process prints `message` as one line and exits. */
export class ConfigError extends Error {}

const DEV_SECRET = 'laerekraft-development-secret-not-for-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = intVar(env, 'PORT', 3000);
  const embeddedPort = intVar(env, 'EMBEDDED_PG_PORT', 54329);
  const databaseUrl = postgresUrl(env, 'DATABASE_URL');
  const migrationDatabaseUrl = postgresUrl(env, 'MIGRATION_DATABASE_URL');
  if (migrationDatabaseUrl && !databaseUrl)
    throw new ConfigError(
      'MIGRATION_DATABASE_URL needs DATABASE_URL: set both, or neither for the embedded PostgreSQL',
    );
  const sessionSecret = env.SESSION_SECRET?.trim() || (production ? '' : DEV_SECRET);
  if (!sessionSecret)
    throw new ConfigError(
      'SESSION_SECRET is required when NODE_ENV=production: set it to a long random string',
    );
  if (production && sessionSecret.length < 32)
    throw new ConfigError('SESSION_SECRET must be at least 32 characters in production');
  if (production && !databaseUrl) throw new ConfigError('DATABASE_URL is required when NODE_ENV=production');
  const demo = env.DEMO === undefined ? !production : env.DEMO === 'true' || env.DEMO === '1';
  return {
    production,
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    migrationDatabaseUrl,
    embeddedPort,
    embeddedDataDir: path.resolve(env.EMBEDDED_PG_DIR?.trim() || path.join(REPO_ROOT, '.data', 'postgres')),
    sessionSecret,
    sessionHours: intVar(env, 'SESSION_HOURS', 12),
    demo,
    webDist: path.resolve(env.WEB_DIST?.trim() || path.join(REPO_ROOT, 'web', 'dist')),
    logLevel: env.LOG_LEVEL?.trim() || (production ? 'info' : 'info'),
    trustProxy: env.TRUST_PROXY?.trim() === '0' ? 0 : intVar(env, 'TRUST_PROXY', production ? 1 : 0),
    publicUrl: publicUrl(env),
    openDataLicence: openDataLicence(env),
    redisUrl: redisUrl(env),
    redisChannelPrefix: channelPrefix(env),
    keepAliveSeconds: intVar(env, 'HTTP_KEEP_ALIVE_SECONDS', 65),
  };
}

function openDataLicence(env: NodeJS.ProcessEnv): { id: string; url: string } {
  const id = env.OPEN_DATA_LICENCE?.trim();
  const url = env.OPEN_DATA_LICENCE_URL?.trim();
  if (!id && !url) return { id: 'NLOD-2.0', url: 'https://data.norge.no/nlod/no/2.0' };
  if (!id || !url || !/^https?:\/\/\S+$/.test(url))
    throw new ConfigError(
      'OPEN_DATA_LICENCE and OPEN_DATA_LICENCE_URL go together: a licence id (CC-BY-4.0) and its http(s) URL',
    );
  return { id, url };
}

function publicUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.PUBLIC_URL?.trim() || null;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PUBLIC_URL is not a valid URL: use https://host[:port] (no path)');
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new ConfigError('PUBLIC_URL must be http(s)://host[:port] with no path, query or fragment');
  return url.origin;
}

function postgresUrl(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim() || null;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: use postgres://user:password@host:5432/database`);
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol))
    throw new ConfigError(`${name} must start with postgres:// (got ${url.protocol}//)`);
  return raw;
}

function redisUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.REDIS_URL?.trim() || null;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL is not a valid URL: use redis://host:6379 (or rediss:// for TLS)');
  }
  if (!['redis:', 'rediss:'].includes(url.protocol))
    throw new ConfigError(`REDIS_URL must start with redis:// or rediss:// (got ${url.protocol}//)`);
  return raw;
}

function channelPrefix(env: NodeJS.ProcessEnv): string {
  const raw = env.REDIS_CHANNEL_PREFIX?.trim() || 'laerekraft';
  if (!/^[\w.-]{1,60}$/.test(raw))
    throw new ConfigError(
      'REDIS_CHANNEL_PREFIX may hold only letters, digits, dot, dash and underscore (1–60)',
    );
  return raw;
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0 || n > 65535)
    throw new ConfigError(`${name} must be a whole number between 1 and 65535 (got "${raw}")`);
  return n;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
