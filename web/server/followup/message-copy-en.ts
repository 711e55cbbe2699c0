import {capitalize, listItems, money, type MessageCopy, type MessageFacts} from './message-facts';

const LOCALE = 'en-US';
const codeOf = (f: MessageFacts) => (f.code ? ` with the code ${f.code}` : '');
const email = (f: MessageFacts) => (f.campaignName ? `our “${f.campaignName}” email` : 'our email');
const Email = (f: MessageFacts) => capitalize(email(f));

function resumed(f: MessageFacts, promise: string | null): string | null {
  if (!f.invoiceUrl) return null;
  const discount = f.draftHasDiscount && promise ? `, with ${promise} already taken off` : '';
  return `I have prepared your order for you${discount}. You can complete it here whenever it suits you: ${f.invoiceUrl}`;
}

const offer =
  'If you would like, I can set up your order for you, or answer any question: just reply to this message.';

export const EN: MessageCopy = {
  locale: LOCALE,
  greeting: (f) => (f.shopperName ? `Hello ${f.shopperName},` : 'Hello,'),
  signOff: (f) => ['Best regards,', f.staffName, f.shopName].filter(Boolean).join('\n'),
  promise(terms, currencyCode) {
    if (terms.kind === 'free_shipping') return 'free shipping';
    const size =
      terms.kind === 'percentage'
        ? `${terms.value ?? 0}%`
        : money(LOCALE, terms.value ?? 0, currencyCode);
    if (terms.scope.type === 'entire_order') return `${size} off your entire order`;
    const fallback = terms.scope.type === 'products' ? 'selected products' : 'selected collections';
    return `${size} off ${terms.scope.description ?? fallback}`;
  },
  items: (items) => listItems(items, 'and', (n) => `${n} more`),
  subject: {
    promise_not_applied: () => 'The discount we promised you',
    promise_missing_on_order: () => 'Your order and the discount we owe you',
    code_refused: (f) => (f.code ? `Your code ${f.code}` : 'Your discount code'),
    checkout_problem: () => 'Your order did not go through',
    abandoned_cart: (f) => `Your cart at ${f.shopName}`,
  },
  body: {
    promise_not_applied: (f, promise) => [
      `${Email(f)} promised you ${promise ?? 'a discount'}${codeOf(f)}, but when you reached checkout the discount did not apply. That was our mistake, not yours.`,
      resumed(f, promise) ?? offer,
    ],
    promise_missing_on_order: (f, promise) => [
      `Your order was placed without ${promise ?? 'the discount'} that ${email(f)} promised you${f.code ? ` (code ${f.code})` : ''}. That was our mistake, and we owe you the difference.`,
      f.refunded
        ? `I have refunded the difference of ${money(LOCALE, f.refunded.amount, f.refunded.currencyCode)} to your original payment method.`
        : 'I am refunding the difference to your original payment method and will confirm once it is done.',
    ],
    code_refused: (f, promise) => [
      [
        f.alertText
          ? `When you entered ${f.code ? `the code ${f.code}` : 'your discount code'} at checkout, you saw “${f.alertText}”.`
          : `When you entered ${f.code ? `the code ${f.code}` : 'your discount code'} at checkout, it was not accepted.`,
        promise ? `${Email(f)} promised you ${promise}, so it should have worked.` : null,
      ]
        .filter(Boolean)
        .join(' '),
      resumed(f, promise) ?? offer,
    ],
    checkout_problem: (f, promise) => [
      f.alertText
        ? `When you tried to complete your order, checkout showed “${f.alertText}” and the order did not go through.`
        : 'When you tried to complete your order, checkout ran into a problem and the order did not go through.',
      resumed(f, promise) ??
        'If you would like, I can set up the same order for you to pay by a secure link, or take it over the phone.',
    ],
    abandoned_cart: (f, promise) => [
      [
        f.items.length > 0
          ? `You left ${EN.items(f.items)} in your cart.`
          : 'You left a few things in your cart.',
        promise
          ? `${capitalize(promise)}${f.code ? ` (code ${f.code})` : ''} still applies.`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
      resumed(f, promise) ??
        'If anything held you back, just reply to this message and I will help.',
    ],
  },
};
