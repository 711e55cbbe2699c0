import {Kind, parse, validate, type GraphQLSchema} from 'graphql';
import {beforeAll, describe, expect, it} from 'vitest';
import {ADMIN_DOCUMENTS} from '../../web/server/admin-api/documents';
import {loadAdminSchema} from '../../web/simulator/admin-schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await loadAdminSchema();
});

function errorsOf(document: string): string[] {
  return validate(schema, parse(document)).map((e) => e.message);
}

describe('Admin GraphQL documents against Shopify’s real 2026-07 schema', () => {
  it('when the schema is loaded, then it is the 2026-07 Admin API', () => {
    const query = schema.getQueryType();
    const mutation = schema.getMutationType();
    expect(query?.getFields().codeDiscountNodeByCode).toBeDefined();
    expect(mutation?.getFields().webPixelCreate).toBeDefined();
    // `context` replaced `customerSelection` on code discounts (deprecated, still present).
    expect(schema.getType('DiscountContext')).toBeDefined();
  });

  it.each(Object.entries(ADMIN_DOCUMENTS))(
    'when %s is registered, then it is one operation named as its registry key',
    (name, document) => {
      const operations = parse(document).definitions.filter(
        (d) => d.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations.map((o) => o.name?.value)).toEqual([name]);
    },
  );

  it.each(Object.entries(ADMIN_DOCUMENTS))(
    'when %s is validated, then the schema accepts it',
    (_name, document) => {
      expect(errorsOf(document)).toEqual([]);
    },
  );

  it.each([
    ['a misspelled field', 'query { shop { nmae } }', 'Cannot query field "nmae"'],
    [
      'a deleted argument',
      'query { codeDiscountNodeByCode(discountCode: "X") { id } }',
      'Unknown argument "discountCode"',
    ],
    [
      'a wrong union member',
      'query { codeDiscountNodeByCode(code: "X") { codeDiscount { ... on Shop { name } } } }',
      'can never be of type "Shop"',
    ],
    [
      'a missing required input field',
      'mutation { webPixelCreate(webPixel: {}) { userErrors { message } } }',
      'settings',
    ],
  ])('when a document has %s, then validation fails', (_case, document, message) => {
    expect(errorsOf(document).join('\n')).toContain(message);
  });
});
