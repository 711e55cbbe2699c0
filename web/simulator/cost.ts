/**
 * A small, deterministic version of Shopify's calculated query cost and leaky bucket, enough to
 * exercise a client's throttle handling. https://shopify.dev/docs/api/usage/limits
 * Model: a leaf field costs 0, an object field 1, a connection `2 + first × (cost of one node)`,
 * a mutation 10.
 */
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export const BUCKET_MAXIMUM = 2000;
export const RESTORE_RATE_PER_SECOND = 100;
const MUTATION_COST = 10;

/**
 * A shop's bucket for one app: its size and how fast it refills. Shopify's depend on the shop's
 * plan (a standard plan's restore rate is 100 points a second, Plus stores' ten times that).
 */
export interface BucketSize {
  maximumAvailable: number;
  restoreRate: number;
}

export const STANDARD_BUCKET: BucketSize = {
  maximumAvailable: BUCKET_MAXIMUM,
  restoreRate: RESTORE_RATE_PER_SECOND,
};

/** A Shopify Plus store's bucket: ten times a standard plan's, filling ten times as fast. */
export const PLUS_BUCKET: BucketSize = {
  maximumAvailable: BUCKET_MAXIMUM * 10,
  restoreRate: RESTORE_RATE_PER_SECOND * 10,
};

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export function requestedCost(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  if (operation.operation === 'mutation') return MUTATION_COST;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  return Math.max(1, selectionCost(operation.selectionSet, fragments, variables));
}

function selectionCost(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(selection.name.value);
      if (fragment) total += selectionCost(fragment.selectionSet, fragments, variables);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += selectionCost(selection.selectionSet, fragments, variables);
    } else if (selection.selectionSet) {
      const children = selectionCost(selection.selectionSet, fragments, variables);
      const first = selection.arguments?.find((a) => a.name.value === 'first');
      const pageSize = first ? numberOf(first.value, variables) : 0;
      total += pageSize > 0 ? 2 + pageSize * children : 1 + children;
    }
  }
  return total;
}

function numberOf(value: ValueNode, variables: Record<string, unknown>): number {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : 0;
  }
  return 0;
}

/** One bucket per shop (per app): drains by the cost of each query, refills at a steady rate. */
export class LeakyBucket {
  private available: number;
  private updatedAtMs: number;

  constructor(
    private readonly now: () => number,
    private readonly size: BucketSize = STANDARD_BUCKET,
  ) {
    this.available = size.maximumAvailable;
    this.updatedAtMs = now();
  }

  status(): ThrottleStatus {
    this.refill();
    return {
      maximumAvailable: this.size.maximumAvailable,
      currentlyAvailable: Math.floor(this.available),
      restoreRate: this.size.restoreRate,
    };
  }

  /** Takes the points when there are enough; otherwise leaves the bucket as it is. */
  tryTake(points: number): boolean {
    this.refill();
    if (points > this.available) return false;
    this.available -= points;
    return true;
  }

  /** Empties the bucket, as a burst of expensive queries from elsewhere would. */
  drain(): void {
    this.refill();
    this.available = 0;
  }

  private refill(): void {
    const now = this.now();
    const elapsedSeconds = Math.max(0, now - this.updatedAtMs) / 1000;
    this.available = Math.min(
      this.size.maximumAvailable,
      this.available + elapsedSeconds * this.size.restoreRate,
    );
    this.updatedAtMs = now;
  }
}
