import {describe, expect, it} from 'vitest';
import {ConfigError, loadConfig} from '../../web/server/config';

const PRODUCTION = {
  SHOPIFY_API_KEY: 'key',
  SHOPIFY_API_SECRET: 'a-secret-of-sixteen-chars',
  SHOPIFY_APP_URL: 'https://heed.example.com',
  HEED_SECRET_KEY: Buffer.alloc(32, 42).toString('base64'),
  SQLITE_PATH: '/var/lib/heed/heed.sqlite',
};

describe('config', () => {
  it('when the demo starts with no environment at all, then it has working defaults', () => {
    const config = loadConfig('demo', {});
    expect(config.storage).toEqual({kind: 'sqlite', file: 'heed-demo.sqlite'});
    expect(config.appUrl.toString()).toBe('http://localhost:3000/');
    expect(config.apiVersion).toBe('2026-07');
    expect(config.scopes).toContain('write_pixels');
  });

  it('when production starts with nothing set, then one error lists every missing key', () => {
    let error: unknown;
    try {
      loadConfig('production', {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('SHOPIFY_API_KEY is required');
    expect(problems).toContain('SHOPIFY_API_SECRET is required');
    expect(problems).toContain('SHOPIFY_APP_URL is required');
    expect(problems).toContain('HEED_SECRET_KEY is required');
    expect(problems).toContain('DATABASE_URL or SQLITE_PATH is required');
  });

  it('when production names neither database nor SQLite file, then it does not pick ./heed.sqlite by itself', () => {
    const {SQLITE_PATH: _file, ...withoutStorage} = PRODUCTION;
    expect(() => loadConfig('production', withoutStorage)).toThrow(
      'DATABASE_URL or SQLITE_PATH is required',
    );
    expect(
      loadConfig('production', {...withoutStorage, DATABASE_URL: 'postgres://db/heed'}).storage,
    ).toEqual({
      kind: 'postgres',
      url: 'postgres://db/heed',
    });
    expect(loadConfig('production', PRODUCTION).storage).toEqual({
      kind: 'sqlite',
      file: '/var/lib/heed/heed.sqlite',
    });
  });

  it.each([
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL must be a postgres:// URL'],
    ['PORT', 'eighty', 'PORT'],
    ['SCOPES', 'read orders', 'SCOPES must be a comma-separated list of scopes'],
    ['SHOPIFY_APP_URL', 'ftp://app', 'SHOPIFY_APP_URL must be an http(s) URL'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL'],
    ['INGEST_EVENTS_PER_SECOND', 'many', 'INGEST_EVENTS_PER_SECOND'],
    ['INGEST_EVENTS_PER_SECOND', '0', 'INGEST_EVENTS_PER_SECOND'],
    ['INGEST_REFUSED_PER_MINUTE', '2.5', 'INGEST_REFUSED_PER_MINUTE'],
    ['HEED_SECRET_KEY', 'short', 'HEED_SECRET_KEY must be 32 bytes'],
    ['HEED_SECRET_KEY', 'ab'.repeat(31), 'HEED_SECRET_KEY must be 32 bytes'],
    ['HEED_SECRET_KEY', Buffer.alloc(31, 7).toString('base64'), 'HEED_SECRET_KEY must be 32 bytes'],
    ['HEED_SECRET_KEY', `${'ab'.repeat(32)},nope`, 'HEED_SECRET_KEY must be 32 bytes'],
  ])('when %s is %j, then it is reported', (key, value, message) => {
    expect(() => loadConfig('demo', {[key]: value})).toThrow(message);
  });

  it('when the demo or the tests start, then secrets are sealed with a fixed key that production refuses', () => {
    const demo = loadConfig('demo', {}).secretKeys;
    expect(demo).toHaveLength(1);
    expect(demo[0]?.length).toBe(32);
    expect(loadConfig('test', {}).secretKeys).toEqual(demo);
    const hex = demo[0]?.toString('hex') ?? '';
    expect(() => loadConfig('production', {...PRODUCTION, HEED_SECRET_KEY: hex})).toThrow(
      'HEED_SECRET_KEY must not be the demo key in production',
    );
  });

  it.each([
    ['hex', 'ab'.repeat(32), Buffer.from('ab'.repeat(32), 'hex')],
    ['base64', Buffer.alloc(32, 9).toString('base64'), Buffer.alloc(32, 9)],
    ['base64url', Buffer.alloc(32, 250).toString('base64url'), Buffer.alloc(32, 250)],
  ])('when HEED_SECRET_KEY is a %s key, then it is the key that seals', (_form, text, bytes) => {
    const config = loadConfig('production', {...PRODUCTION, HEED_SECRET_KEY: text});
    expect(config.secretKeys).toEqual([bytes]);
  });

  it('when HEED_SECRET_KEY lists several keys, then the first seals and the others follow in order', () => {
    const [next, previous] = [Buffer.alloc(32, 1), Buffer.alloc(32, 2)];
    const config = loadConfig('production', {
      ...PRODUCTION,
      HEED_SECRET_KEY: `${next.toString('hex')},${previous.toString('base64')}`,
    });
    expect(config.secretKeys).toEqual([next, previous]);
  });

  it('when the ingest limits are set, then a shop counts events per second and a source refusals per minute', () => {
    const config = loadConfig('demo', {
      INGEST_EVENTS_PER_SECOND: '50',
      INGEST_REFUSED_PER_MINUTE: '3',
    });
    expect(config.ingestLimits).toEqual({
      eventsPerShop: {points: 50, perSeconds: 1},
      refusedPerSource: {points: 3, perSeconds: 60},
    });
  });

  it('when DATABASE_URL is set, then storage is PostgreSQL', () => {
    const config = loadConfig('production', {...PRODUCTION, DATABASE_URL: 'postgres://db/heed'});
    expect(config.storage).toEqual({kind: 'postgres', url: 'postgres://db/heed'});
  });
});
