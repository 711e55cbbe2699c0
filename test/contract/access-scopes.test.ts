import {readFileSync} from 'node:fs';
import path from 'node:path';
import {Kind, parse, type OperationDefinitionNode} from 'graphql';
import {describe, expect, it} from 'vitest';
import {ADMIN_DOCUMENTS} from '../../web/server/admin-api/documents';
import {DEFAULT_SCOPES} from '../../web/server/config';

/**
 * The access Heed asks for is the access its Admin API calls need, no more: each root field the
 * documents use, with the scope shopify.dev says it requires (a write scope grants its read).
 * A document using a field not listed here fails the test until its scope is written down.
 */
const SCOPES_OF_ROOT_FIELD: Record<string, readonly string[]> = {
  // https://shopify.dev/docs/api/admin-graphql/latest/queries/shop: any app may read its shop.
  'query shop': [],
  // https://shopify.dev/docs/api/admin-graphql/latest/queries/codeDiscountNodeByCode
  'query codeDiscountNodeByCode': ['read_discounts'],
  'query automaticDiscountNodes': ['read_discounts'],
  // https://shopify.dev/docs/api/admin-graphql/latest/queries/discountNodes: read_discounts.
  'query discountNodes': ['read_discounts'],
  // https://shopify.dev/docs/api/admin-graphql/latest/queries/nodes: each node needs its own
  // type's scope; ProductCollections reads Product and Collection, which need read_products.
  'query nodes': ['read_products'],
  // https://shopify.dev/docs/api/admin-graphql/latest/queries/segments: read_customers.
  'query segments': ['read_customers'],
  // https://shopify.dev/docs/api/admin-graphql/latest/mutations/webPixelCreate
  'query webPixel': ['write_pixels', 'read_customer_events'],
  'mutation webPixelCreate': ['write_pixels', 'read_customer_events'],
  'mutation webPixelUpdate': ['write_pixels', 'read_customer_events'],
  'query customer': ['read_customers'],
  'query orders': ['read_orders'],
  'query order': ['read_orders'],
  // https://shopify.dev/docs/api/admin-graphql/latest/objects/AbandonedCheckout: read_orders.
  'query abandonedCheckouts': ['read_orders'],
  'mutation draftOrderCreate': ['write_draft_orders'],
  'mutation draftOrderInvoiceSend': ['write_draft_orders'],
  // https://shopify.dev/docs/api/admin-graphql/latest/mutations/refundCreate: write_orders.
  'mutation refundCreate': ['write_orders'],
};

function rootFields(document: string): string[] {
  const operation = parse(document).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return [];
  return operation.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD ? [`${operation.operation} ${s.name.value}`] : [],
  );
}

function tomlScopes(): string[] {
  const toml = readFileSync(path.resolve(import.meta.dirname, '../../shopify.app.toml'), 'utf8');
  const line = /^scopes\s*=\s*"([^"]*)"/m.exec(toml)?.[1] ?? '';
  return line
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('the access scopes Heed asks for', () => {
  const used = Object.values(ADMIN_DOCUMENTS).flatMap(rootFields);

  it('when a document uses a root field, then its scope is written down', () => {
    expect(used.filter((field) => !(field in SCOPES_OF_ROOT_FIELD))).toEqual([]);
  });

  it('when the needs of every document are added up, then they are exactly the scopes of shopify.app.toml and the configuration’s default', () => {
    const needed = [...new Set(used.flatMap((field) => SCOPES_OF_ROOT_FIELD[field] ?? []))].sort();
    expect(needed).toEqual([...tomlScopes()].sort());
    expect(needed).toEqual([...DEFAULT_SCOPES].sort());
  });

  it('when the table names a field no document uses any more, then it is stale', () => {
    expect(Object.keys(SCOPES_OF_ROOT_FIELD).filter((field) => !used.includes(field))).toEqual([]);
  });
});
