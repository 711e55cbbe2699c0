/**
 * Heed's promise to the shops' customers: nobody is chased after they bought. A contact counts
 * against it when it was made after an order of that shopper placed since their checkout, as the
 * case knows the orders: the order that resolved it, and the orders Shopify listed as placed
 * since when the case last read the shopper's status. A contact at the very moment of the order
 * is "before" it, as recovered revenue counts it. A case about a broken promise is not counted:
 * it may contact a buyer on purpose, to make their order right (a refund of the difference).
 */
export interface CaseOrderFacts {
  caseId: string;
  /** The case is about a broken promise (`PROMISE_SIGNAL_TYPES`). */
  promise: boolean;
  /** When the shopper's orders since the checkout were placed, as far as the case knows. */
  orderTimes: readonly number[];
  /** When each contact of the case was made. */
  contactTimes: readonly number[];
}

export interface BuyerContacts {
  count: number;
  /** The cases those contacts were made on, for a person to look into. */
  caseIds: string[];
}

export function contactsToBuyers(cases: readonly CaseOrderFacts[]): BuyerContacts {
  let count = 0;
  const caseIds: string[] = [];
  for (const facts of cases) {
    if (facts.promise || facts.orderTimes.length === 0) continue;
    const firstOrder = Math.min(...facts.orderTimes);
    const after = facts.contactTimes.filter((at) => at > firstOrder).length;
    if (after === 0) continue;
    count += after;
    caseIds.push(facts.caseId);
  }
  return {count, caseIds};
}
