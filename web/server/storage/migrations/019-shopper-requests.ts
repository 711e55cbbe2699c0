import type {Knex} from 'knex';

/**
 * A shopper may ask for a person from checkout ("Have someone from the shop contact me"). The case
 * keeps what they asked and what Heed told them (`shopper_request_json`, for the case's life) apart
 * from the address or number they gave (`asked_contact_json`), which goes with the case's other
 * contact details when it resolves or lies idle.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('cases', (t) => {
    t.text('shopper_request_json');
    t.text('asked_contact_json');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('cases', (t) => {
    t.dropColumn('asked_contact_json');
    t.dropColumn('shopper_request_json');
  });
}
