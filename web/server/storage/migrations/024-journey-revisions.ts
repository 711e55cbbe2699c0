import type {Knex} from 'knex';

/**
 * `journeys.revision` counts the writes of a journey's state, so that two instances applying
 * events to one journey at once cannot overwrite each other: a write names the revision it read
 * and succeeds only while the row still holds it (storage/journeys-repository.ts). Journeys
 * stored before start at 1, as a new journey does.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('journeys', (t) => {
    t.integer('revision').notNullable().defaultTo(1);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('journeys', (t) => t.dropColumn('revision'));
}
