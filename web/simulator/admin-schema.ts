/**
 * Shopify's real Admin GraphQL schema for the pinned API version, used by the contract tests and
 * the simulator. It ships inside the published npm package `@shopify/dev-mcp` as a gzipped
 * introspection result; we fetch that package with `npm pack` (pinned version, integrity checked),
 * keep only the one file under `.cache/` and never commit it.
 */
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, rename, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {gunzipSync} from 'node:zlib';
import {buildClientSchema, type GraphQLSchema, type IntrospectionQuery} from 'graphql';
import {SHOPIFY_API_VERSION} from '../server/config';

const run = promisify(execFile);

const SCHEMA_PACKAGE = '@shopify/dev-mcp@1.16.0';
/** `npm view @shopify/dev-mcp@1.16.0 dist.integrity`: a different tarball is refused. */
const SCHEMA_PACKAGE_INTEGRITY =
  'sha512-tqgRnK7sQhjew+htxtleTH23nXB5fZcsrhWgEkomsorGXvLOB2mh2upwZm8uzuTDNTZnqtLMe64yIwh6s2awtw==';
const FILE_IN_TARBALL = `package/dist/data/admin_${SHOPIFY_API_VERSION}.json.gz`;
const NPM_TIMEOUT_MS = 120_000;

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_DIR = join(REPOSITORY_ROOT, '.cache', 'shopify-admin-schema');

/** Where the extracted introspection JSON lives once `ensureAdminSchemaFile` has run. */
export function adminSchemaPath(): string {
  return join(CACHE_DIR, `admin_${SHOPIFY_API_VERSION}.json`);
}

let pendingFile: Promise<string> | undefined;
let pendingSchema: Promise<GraphQLSchema> | undefined;

/**
 * Downloads and extracts the schema once per machine. Safe under concurrency: every caller works in
 * its own temporary directory and publishes with an atomic rename, so readers never see half a file.
 */
export function ensureAdminSchemaFile(): Promise<string> {
  pendingFile ??= existsSync(adminSchemaPath())
    ? Promise.resolve(adminSchemaPath())
    : download().catch((error: unknown) => {
        pendingFile = undefined;
        throw error;
      });
  return pendingFile;
}

/** The Admin schema as graphql-js objects, built once per process. */
export function loadAdminSchema(): Promise<GraphQLSchema> {
  pendingSchema ??= ensureAdminSchemaFile()
    .then(async (path) => buildClientSchema(parseIntrospection(await readFile(path, 'utf8'))))
    .catch((error: unknown) => {
      pendingSchema = undefined;
      throw error;
    });
  return pendingSchema;
}

async function download(): Promise<string> {
  await mkdir(CACHE_DIR, {recursive: true});
  const workDir = await mkdtemp(join(CACHE_DIR, 'download-'));
  try {
    const tarball = await npmPack(workDir);
    assertIntegrity(await readFile(tarball));
    await run('tar', ['-xzf', tarball, '-C', workDir, FILE_IN_TARBALL], {timeout: NPM_TIMEOUT_MS});
    const json = gunzipSync(await readFile(join(workDir, FILE_IN_TARBALL))).toString('utf8');
    parseIntrospection(json);
    const temporary = join(workDir, 'schema.json');
    await writeFile(temporary, json);
    await rename(temporary, adminSchemaPath());
    return adminSchemaPath();
  } finally {
    await rm(workDir, {recursive: true, force: true});
  }
}

async function npmPack(workDir: string): Promise<string> {
  try {
    const {stdout} = await run(
      'npm',
      ['pack', SCHEMA_PACKAGE, '--json', '--silent', '--pack-destination', workDir],
      {cwd: workDir, timeout: NPM_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024},
    );
    const [packed] = JSON.parse(stdout) as Array<{filename?: unknown}>;
    if (typeof packed?.filename !== 'string') throw new Error('npm pack printed no file name');
    return join(workDir, packed.filename);
  } catch (error: unknown) {
    throw new Error(
      `Could not download ${SCHEMA_PACKAGE} with npm pack (the Admin GraphQL schema for ` +
        `${SHOPIFY_API_VERSION}); the npm registry must be reachable once to fill ${CACHE_DIR}.`,
      {cause: error},
    );
  }
}

function assertIntegrity(tarball: Buffer): void {
  const actual = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  if (actual !== SCHEMA_PACKAGE_INTEGRITY) {
    throw new Error(
      `${SCHEMA_PACKAGE} failed its integrity check: expected ${SCHEMA_PACKAGE_INTEGRITY}, ` +
        `got ${actual}. Refusing to use an unverified schema.`,
    );
  }
}

/** The file is `{data: {__schema}}`, the shape of an introspection query's HTTP answer. */
function parseIntrospection(json: string): IntrospectionQuery {
  const parsed: unknown = JSON.parse(json);
  const data =
    parsed !== null && typeof parsed === 'object' && 'data' in parsed ? parsed.data : undefined;
  if (data === null || typeof data !== 'object' || !('__schema' in data)) {
    throw new Error(`${FILE_IN_TARBALL} is not an introspection result ({data: {__schema}})`);
  }
  return data as IntrospectionQuery;
}
