import {describe, expect, it} from 'vitest';
import {ConfigError, loadConfig} from '../../web/server/config';

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
  });

  it.each([
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL must be a postgres:// URL'],
    ['PORT', 'eighty', 'PORT'],
    ['SCOPES', 'read orders', 'SCOPES must be a comma-separated list of scopes'],
    ['SHOPIFY_APP_URL', 'ftp://app', 'SHOPIFY_APP_URL must be an http(s) URL'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL'],
  ])('when %s is %j, then it is reported', (key, value, message) => {
    expect(() => loadConfig('demo', {[key]: value})).toThrow(message);
  });

  it('when DATABASE_URL is set, then storage is PostgreSQL', () => {
    const config = loadConfig('production', {
      SHOPIFY_API_KEY: 'key',
      SHOPIFY_API_SECRET: 'a-secret-of-sixteen-chars',
      SHOPIFY_APP_URL: 'https://heed.example.com',
      DATABASE_URL: 'postgres://db/heed',
    });
    expect(config.storage).toEqual({kind: 'postgres', url: 'postgres://db/heed'});
  });
});
