import {DatabaseError} from 'pg';
import {describe, expect, it} from 'vitest';
import {captureLogger} from '../support/capture-logger';
import {safeErrorMessage, scrub, serializeError} from '../../web/server/log-scrub';

const PAYLOAD =
  '{"email":"marie@example.com","phone":"+15145550147","address1":"4821 Rue Sainte-Catherine"}';

/** A pg DatabaseError as node-postgres builds it from the server's ErrorResponse. */
function pgError(message: string, fields: Partial<DatabaseError>): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  return Object.assign(error, fields);
}

/** What knex does to a driver error: the statement (values inlined by default) before the message. */
function knexWrapped(error: Error): Error {
  error.message = `insert into "webhook_deliveries" ("payload", "shop") values ('${PAYLOAD}', 'fabulous-furs.myshopify.com') - ${error.message}`;
  return Object.assign(error, {
    sql: 'insert into "webhook_deliveries" ("payload", "shop") values ($1, $2)',
    bindings: [PAYLOAD, 'fabulous-furs.myshopify.com'],
  });
}

const leaks = /marie@example\.com|5145550147|Sainte-Catherine|values \(|\$1/;

describe('error serializer', () => {
  it.each([
    [
      'a pg check violation with the failing row',
      pgError('new row for relation "webhook_deliveries" violates check constraint "c"', {
        code: '23514',
        detail: `Failing row contains (fabulous-furs.myshopify.com, ${PAYLOAD}).`,
        constraint: 'c',
        table: 'webhook_deliveries',
      }),
    ],
    [
      'a pg unique violation quoting the key',
      pgError('duplicate key value violates unique constraint "customers_email_key"', {
        code: '23505',
        detail: 'Key (email)=(marie@example.com) already exists.',
      }),
    ],
    [
      'a pg invalid input quoting the value',
      pgError('invalid input syntax for type integer: "4821 Rue Sainte-Catherine"', {
        code: '22P02',
        where: `unnamed portal parameter $1 = '${PAYLOAD}'`,
      }),
    ],
    [
      'a knex-wrapped pg error with sql and bindings',
      knexWrapped(pgError('value too long for type character varying(10)', {code: '22001'})),
    ],
    [
      'a knex-wrapped SQLite error',
      knexWrapped(
        Object.assign(new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: t.email'), {
          code: 'SQLITE_CONSTRAINT',
          errno: 19,
        }),
      ),
    ],
    [
      'a storage error whose cause is a knex-wrapped error',
      new Error('Could not store webhook delivery', {
        cause: knexWrapped(pgError('deadlock detected', {code: '40P01'})),
      }),
    ],
  ])('when it meets %s, then no value, statement or parameter is kept', (_what, error) => {
    const serialized = JSON.stringify(serializeError(error));
    expect(serialized).not.toMatch(leaks);
    expect(serialized).not.toMatch(/"(sql|bindings|detail|where|parameters)"/);
  });

  it('when it meets a pg error, then its kind, code, constraint and reason remain to diagnose it', () => {
    const error = knexWrapped(
      pgError('duplicate key value violates unique constraint "customers_email_key"', {
        code: '23505',
        constraint: 'customers_email_key',
        detail: 'Key (email)=(marie@example.com) already exists.',
      }),
    );
    expect(serializeError(error)).toMatchObject({
      type: 'error',
      code: '23505',
      constraint: 'customers_email_key',
      message: 'duplicate key value violates unique constraint "customers_email_key"',
    });
  });

  it.each([
    ['Key (email)=(marie@example.com) already exists.', 'Key (email)=([value]) already exists.'],
    [
      'invalid input syntax for type uuid: "Marie Tremblay"',
      'invalid input syntax for type uuid: "[value]"',
    ],
    ['Failing row contains (1, Marie, Tremblay).', 'Failing row contains ([values]).'],
    ['select * from "t" where "a" = \'Marie\' - Connection terminated', 'Connection terminated'],
  ])('when a driver message reads %j, then it is logged as %j', (message, expected) => {
    expect(safeErrorMessage(message)).toBe(expected);
  });

  it.each([
    ['+1 514 555 0147', true],
    ['(514) 555-0147', true],
    ['514.555.0147', true],
    ['+33612345678', true],
    ['2026-12-01T14:36:46.000Z', false],
    ['550e8400-e29b-41d4-a716-446655440000', false],
    ['order 1764600000000', false],
  ])('when free text holds %j, then it is scrubbed as a phone: %s', (text, isPhone) => {
    expect(scrub(text).includes('[phone]')).toBe(isPhone);
  });
});

describe('field redaction', () => {
  it('when personal fields sit at any depth, then their values are not written', () => {
    const {logger, text} = captureLogger();
    logger.warn(
      {
        delivery: {
          body: {
            order: {
              customer: {first_name: 'Marie', last_name: 'Tremblay'},
              shipping_address: {address1: '4821 Rue Sainte-Catherine', zip: 'H3B 1A7'},
              billingAddress: {city: 'Montréal'},
              lines: [{properties: {phone: '5145550147', name: 'Marie Tremblay'}}],
            },
          },
        },
        sql: 'insert into t values ($1)',
        bindings: ['Marie'],
      },
      'something failed',
    );
    expect(text()).toContain('something failed');
    expect(text()).not.toMatch(
      /Marie|Tremblay|Sainte-Catherine|H3B|Montréal|5145550147|insert into/,
    );
  });

  it('when an object nests deeper than the walk goes, then the depth is cut, not written raw', () => {
    let nested: Record<string, unknown> = {secret: 'marie@example.com'};
    for (let i = 0; i < 20; i += 1) nested = {inner: nested};
    const {logger, text} = captureLogger();
    logger.info({nested}, 'deep');
    expect(text()).toContain('[too deep]');
    expect(text()).not.toContain('marie@example.com');
  });
});
