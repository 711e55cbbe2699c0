/**
 * The part of Shopify's search syntax the follow-up documents use on orders and abandoned
 * checkouts: `email:"a@b.c"`, `created_at:>='2026-11-27T16:00:00Z'`, `id:1234`, `customer_id:…`,
 * joined by spaces (AND). A term Heed does not use is ignored, as Shopify ignores unknown filters.
 * https://shopify.dev/docs/api/usage/search-syntax
 */

interface Searchable {
  id: string;
  createdAt: string;
  email?: string | null;
  customerId: string | null;
}

type Predicate = (item: Searchable) => boolean;

const TERM = /(\w+):(<=|>=|<|>)?("(?:[^"\\]|\\.)*"|'[^']*'|\S+)/g;

export function searchFilter(query: unknown): Predicate {
  if (typeof query !== 'string') return () => true;
  const predicates: Predicate[] = [];
  for (const [, field, comparator, raw] of query.matchAll(TERM)) {
    const value = unquote(raw ?? '');
    if (field === 'email') {
      const wanted = value.toLowerCase();
      predicates.push((item) => (item.email ?? '').toLowerCase() === wanted);
    } else if (field === 'created_at') {
      const at = Date.parse(value);
      if (Number.isFinite(at))
        predicates.push((item) => compare(Date.parse(item.createdAt), comparator, at));
    } else if (field === 'id') {
      predicates.push((item) => numberOf(item.id) === value);
    } else if (field === 'customer_id') {
      predicates.push((item) => item.customerId !== null && numberOf(item.customerId) === value);
    }
  }
  return (item) => predicates.every((p) => p(item));
}

function compare(actual: number, comparator: string | undefined, wanted: number): boolean {
  if (comparator === '>=') return actual >= wanted;
  if (comparator === '>') return actual > wanted;
  if (comparator === '<=') return actual <= wanted;
  if (comparator === '<') return actual < wanted;
  return actual === wanted;
}

function unquote(raw: string): string {
  if (raw.startsWith('"') && raw.endsWith('"')) return raw.slice(1, -1).replace(/\\(.)/g, '$1');
  if (raw.startsWith("'") && raw.endsWith("'")) return raw.slice(1, -1);
  return raw;
}

function numberOf(gid: string): string {
  return /(\d+)$/.exec(gid)?.[1] ?? gid;
}
