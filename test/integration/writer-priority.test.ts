import {afterEach, describe, expect, it} from 'vitest';
import type {Knex} from 'knex';
import {openDatabase} from '../../web/server/storage/database';
import {isStorageUnavailable} from '../../web/server/storage/failures';
import {
  prioritiseConnections,
  promptly,
  WriterTimeoutError,
} from '../../web/server/storage/writer-priority';
import {isolatedTarget, type IsolatedTarget} from '../support/databases';

/** The SQLite writer: one connection, which every write queues for. */
describe('the SQLite writer serves acknowledgements first', () => {
  let isolated: IsolatedTarget | undefined;
  let db: Knex | undefined;
  afterEach(async () => {
    await db?.destroy();
    await isolated?.dispose();
    db = undefined;
    isolated = undefined;
  });

  async function open(): Promise<Knex> {
    isolated = isolatedTarget('sqlite');
    db = openDatabase(isolated.target);
    await db.schema.createTable('writes', (t) => {
      t.increments('id');
      t.string('who').notNullable();
    });
    return db;
  }

  /** A transaction that holds the writer until `release` is called. */
  function holdWriter(database: Knex) {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => {};
    const holding = new Promise<void>((resolve) => (started = resolve));
    const done = database.transaction(async (trx) => {
      await trx('writes').insert({who: 'holder'});
      started();
      await released;
    });
    return {holding, release, done};
  }

  it('when background writes queue behind a transaction, then a prompt write goes right after it, and the rest keep their order', async () => {
    const database = await open();
    const holder = holdWriter(database);
    await holder.holding;
    const background = ['journeys 1', 'cases 1', 'journeys 2'].map((who) =>
      database.transaction((trx) => trx('writes').insert({who})),
    );
    // Let the background writes reach the queue before the acknowledgement arrives.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const ack = promptly(() => database.transaction((trx) => trx('writes').insert({who: 'ack'})));
    holder.release();
    await Promise.all([holder.done, ack, ...background]);
    const order = (await database('writes').orderBy('id')).map((row: {who: string}) => row.who);
    expect(order).toEqual(['holder', 'ack', 'journeys 1', 'cases 1', 'journeys 2']);
  });

  it('when nothing else writes, then background and prompt writes run at once, statements outside transactions too', async () => {
    const database = await open();
    await database('writes').insert({who: 'plain'});
    await promptly(() => database('writes').insert({who: 'prompt'}));
    expect(await database('writes').count({n: '*'})).toEqual([{n: 2}]);
  });

  it('when the writer stays busy past the wait allowed, then a waiting write fails as storage unavailable and leaves the queue', async () => {
    isolated = isolatedTarget('sqlite');
    const database = openDatabase(isolated.target);
    db = database;
    await database.schema.createTable('writes', (t) => {
      t.increments('id');
      t.string('who').notNullable();
    });
    // A second gate with a short wait, in front of the same one-connection pool.
    prioritiseConnections(database, 1, 50);
    const holder = holdWriter(database);
    await holder.holding;
    const waiting = database('writes').insert({who: 'late'});
    const failure = await Promise.resolve(waiting).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WriterTimeoutError);
    expect(isStorageUnavailable(failure)).toBe(true);
    holder.release();
    await holder.done;
    // The queue goes on: the next write is served.
    await database('writes').insert({who: 'after'});
    const who = (await database('writes').orderBy('id')).map((row: {who: string}) => row.who);
    expect(who).toEqual(['holder', 'after']);
  });
});
