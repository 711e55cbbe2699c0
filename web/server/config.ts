/**
 * The only reader of `process.env`. Validates at start and fails with one message that lists every
 * missing or malformed key, so an operator fixes the whole configuration in one go.
 */
import {z} from 'zod';
import type {StorageTarget} from './storage/database';
import {parseSecretKey} from './crypto/secret-box';
import {
  DEFAULT_INGEST_EVENTS_PER_SECOND,
  DEFAULT_INGEST_REFUSED_PER_MINUTE,
  ingestLimitsOf,
  type IngestLimits,
} from './signals/ingest-limits';

export const SHOPIFY_API_VERSION = '2026-07';

export const DEFAULT_SCOPES = [
  'read_discounts',
  // nodes(ids:): the collections of the products a campaign promises, to check a code's reach.
  'read_products',
  'read_orders',
  // refundCreate: a case gives back the difference a broken promise owed on a paid order.
  'write_orders',
  'read_customers',
  'write_draft_orders',
  'write_pixels',
  'read_customer_events',
] as const;

/** Where the app runs: against real shops, as the self-contained demo, or under the test suite. */
export type RunMode = 'production' | 'demo' | 'test';

const DEMO_API_KEY = 'heed-demo-api-key';
const DEMO_API_SECRET = 'heed-demo-api-secret-not-for-production';
/** The bytes of "heed-demo-key-not-for-production": seals demo and test secrets, refused in production. */
const DEMO_SECRET_KEY = 'aGVlZC1kZW1vLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=';

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const envSchema = z.object({
  SHOPIFY_API_KEY: z.string().min(1, 'is required'),
  SHOPIFY_API_SECRET: z.string().min(16, 'must be the app secret (16 characters or more)'),
  SHOPIFY_APP_URL: z.url({protocol: /^https?$/, error: 'must be an http(s) URL'}),
  SCOPES: z
    .string()
    .regex(/^[a-z_]+(,[a-z_]+)*$/, 'must be a comma-separated list of scopes')
    .default(DEFAULT_SCOPES.join(',')),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  SQLITE_PATH: z.string().min(1).default('heed.sqlite'),
  LOG_LEVEL: logLevel.default('info'),
  INGEST_EVENTS_PER_SECOND: z.coerce
    .number()
    .int()
    .min(1)
    .default(DEFAULT_INGEST_EVENTS_PER_SECOND),
  INGEST_REFUSED_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(DEFAULT_INGEST_REFUSED_PER_MINUTE),
  // Several keys, comma-separated, while rotating: the first seals, every one still opens.
  HEED_SECRET_KEY: z.string().transform((text, ctx) => {
    const keys = text.split(',').map(parseSecretKey);
    if (keys.every((key) => key !== undefined)) return keys;
    ctx.addIssue({
      code: 'custom',
      message: 'must be 32 bytes as 64 hex characters or base64 (comma-separated while rotating)',
    });
    return z.NEVER;
  }),
});

export interface Config {
  mode: RunMode;
  apiKey: string;
  apiSecret: string;
  appUrl: URL;
  scopes: string[];
  port: number;
  apiVersion: typeof SHOPIFY_API_VERSION;
  storage: StorageTarget;
  logLevel: z.infer<typeof logLevel>;
  /** Pixel ingest quotas: events per shop, refused batches per source (signals/ingest-limits.ts). */
  ingestLimits: IngestLimits;
  /** Keys that seal secrets at rest (crypto/secret-box.ts): the first seals, all open. */
  secretKeys: Buffer[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Heed cannot start; fix the configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Demo and test runs need no environment at all; production needs the app's credentials. */
function defaultsFor(mode: RunMode, env: Env): Env {
  if (mode === 'production') return {};
  const port = env.PORT ?? (mode === 'demo' ? '3000' : '0');
  return {
    SHOPIFY_API_KEY: DEMO_API_KEY,
    SHOPIFY_API_SECRET: DEMO_API_SECRET,
    SHOPIFY_APP_URL: `http://localhost:${port}`,
    SQLITE_PATH: mode === 'demo' ? 'heed-demo.sqlite' : 'heed-test.sqlite',
    HEED_SECRET_KEY: DEMO_SECRET_KEY,
    // The demo's console shows warnings and errors; its signals and cases are told apart.
    ...(mode === 'demo' ? {LOG_LEVEL: 'warn'} : {}),
  };
}

export function loadConfig(mode: RunMode, env: Env = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse({...defaultsFor(mode, env), ...present});
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')} ${describe(issue)}`);
  if (mode === 'production' && usesDemoKey(present.HEED_SECRET_KEY)) {
    problems.push('HEED_SECRET_KEY must not be the demo key in production');
  }
  // A production server never picks a database by itself: a silent ./heed.sqlite beside the code
  // would lose everything at the next deploy.
  if (mode === 'production' && !present.DATABASE_URL && !present.SQLITE_PATH) {
    problems.push(
      'DATABASE_URL or SQLITE_PATH is required: set DATABASE_URL=postgres://… for PostgreSQL, or SQLITE_PATH to a SQLite file on a persistent disk',
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    mode,
    apiKey: e.SHOPIFY_API_KEY,
    apiSecret: e.SHOPIFY_API_SECRET,
    appUrl: new URL(e.SHOPIFY_APP_URL),
    scopes: e.SCOPES.split(','),
    port: e.PORT,
    apiVersion: SHOPIFY_API_VERSION,
    storage: e.DATABASE_URL
      ? {kind: 'postgres', url: e.DATABASE_URL}
      : {kind: 'sqlite', file: e.SQLITE_PATH},
    logLevel: e.LOG_LEVEL,
    ingestLimits: ingestLimitsOf(e.INGEST_EVENTS_PER_SECOND, e.INGEST_REFUSED_PER_MINUTE),
    secretKeys: e.HEED_SECRET_KEY,
  };
}

/** The demo key is public (it is in this file), in whatever form it was written. */
function usesDemoKey(configured: string | undefined): boolean {
  const demo = parseSecretKey(DEMO_SECRET_KEY);
  return (configured ?? '')
    .split(',')
    .some((text) => demo !== undefined && parseSecretKey(text)?.equals(demo) === true);
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  return issue.message;
}

/** The environment with a few keys set by the caller (the demo's and tests' own options win). */
export function loadConfigWith(mode: RunMode, overrides: Env): Config {
  return loadConfig(mode, {...process.env, ...overrides});
}
