import {randomBytes} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import knex from 'knex';
import type {StorageTarget} from '../../web/server/storage';
import {sessionTablesFor} from '../../web/server/storage/session-storage';

export type EngineName = 'sqlite' | 'postgres';

export interface IsolatedTarget {
  target: StorageTarget;
  /** Removes the SQLite file or drops the PostgreSQL schema (and the session table). */
  dispose(): Promise<void>;
}

/**
 * Engines the storage battery runs on: SQLite always, PostgreSQL whenever DATABASE_URL is set.
 * CI sets it; a CI run without it fails rather than silently covering one engine.
 */
export function batteryEngines(): EngineName[] {
  if (process.env.DATABASE_URL) return ['sqlite', 'postgres'];
  if (process.env.CI)
    throw new Error('CI must set DATABASE_URL so the storage battery covers PostgreSQL');
  console.warn('\n*** DATABASE_URL is not set: the storage battery runs on SQLite only. ***\n');
  return ['sqlite'];
}

/** A fresh database of its own for one test file: a temp SQLite file or a new PostgreSQL schema. */
export function isolatedTarget(engine: EngineName): IsolatedTarget {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'heed-test-'));
    return {
      target: {kind: 'sqlite', file: path.join(dir, 'heed.sqlite')},
      dispose: async () => rmSync(dir, {recursive: true, force: true}),
    };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required for PostgreSQL tests');
  const schema = `heed_t_${randomBytes(6).toString('hex')}`;
  return {
    target: {kind: 'postgres', url, schema},
    dispose: async () => {
      const admin = knex({client: 'pg', connection: url});
      try {
        await admin.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
        const sessionTables = sessionTablesFor(schema);
        await admin.raw('DROP TABLE IF EXISTS ??, ??', [
          sessionTables.sessions,
          sessionTables.migrations,
        ]);
      } finally {
        await admin.destroy();
      }
    },
  };
}

/**
 * A PostgreSQL database of its own, for fault tests that terminate every connection to it or
 * close it to connections: other test files share the server and must not feel it.
 */
export async function dedicatedDatabase(): Promise<
  IsolatedTarget & {name: string; adminUrl: string}
> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required for PostgreSQL tests');
  const name = `heed_f_${randomBytes(6).toString('hex')}`;
  const admin = knex({client: 'pg', connection: url});
  try {
    await admin.raw('CREATE DATABASE ??', [name]);
  } finally {
    await admin.destroy();
  }
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    name,
    adminUrl: url,
    target: {kind: 'postgres', url: own.toString()},
    dispose: async () => {
      const drop = knex({client: 'pg', connection: url});
      try {
        await drop.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
      } finally {
        await drop.destroy();
      }
    },
  };
}
