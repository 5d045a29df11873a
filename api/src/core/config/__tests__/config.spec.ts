import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../config.js';

describe('loadConfig', () => {
  it('runs on the embedded database with demo data by default', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      production: false,
      port: 3000,
      databaseUrl: null,
      demo: true,
      embeddedPort: 54329,
    });
    expect(c.sessionSecret.length).toBeGreaterThan(0);
  });
  it.each([
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /must start with postgres:\/\//],
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' }, /SESSION_SECRET is required/],
    [
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c', SESSION_SECRET: 'short' },
      /at least 32 characters/,
    ],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }, /DATABASE_URL is required/],
    [{ REDIS_URL: 'not a url' }, /REDIS_URL is not a valid URL/],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, /REDIS_URL must start with redis:\/\//],
    [{ REDIS_CHANNEL_PREFIX: 'a b' }, /REDIS_CHANNEL_PREFIX may hold only/],
    [{ HTTP_KEEP_ALIVE_SECONDS: '0' }, /HTTP_KEEP_ALIVE_SECONDS must be a whole number/],
  ])('refuses %j with one line that says what to fix', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
  it('turns demo data off in production unless asked for', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c', SESSION_SECRET: 'x'.repeat(40) };
    expect(loadConfig(prod).demo).toBe(false);
    expect(loadConfig({ ...prod, DEMO: 'true' }).demo).toBe(true);
  });
  it('trusts one proxy in production and none elsewhere, unless told', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c', SESSION_SECRET: 'x'.repeat(40) };
    expect(loadConfig(prod).trustProxy).toBe(1);
    expect(loadConfig({ ...prod, TRUST_PROXY: '0' }).trustProxy).toBe(0);
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be a whole number/);
  });
  it('delivers events in-process unless REDIS_URL is set', () => {
    expect(loadConfig({})).toMatchObject({ redisUrl: null, redisChannelPrefix: 'laerekraft' });
    expect(
      loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2', REDIS_CHANNEL_PREFIX: 'lk-test.1' }),
    ).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379/2',
      redisChannelPrefix: 'lk-test.1',
    });
  });
  it('keeps idle connections 65 s by default, longer than clients and load balancers do', () => {
    expect(loadConfig({}).keepAliveSeconds).toBe(65);
    expect(loadConfig({ HTTP_KEEP_ALIVE_SECONDS: '125' }).keepAliveSeconds).toBe(125);
  });
});
