import type {BadgeProps} from '@shopify/polaris';
import type {CheckoutStep} from '../api/journey-schemas';

interface StepLook {
  /** The badge in a row: where the shopper is now. */
  label: string;
  /** Within a sentence: "2 min on the delivery address". */
  phrase: string;
  tone: BadgeProps['tone'];
  progress: BadgeProps['progress'];
}

export const STEP_LOOK: Record<CheckoutStep, StepLook> = {
  contact: {label: 'Contact', phrase: 'contact details', tone: 'info', progress: 'incomplete'},
  delivery: {
    label: 'Delivery',
    phrase: 'the delivery address',
    tone: 'info',
    progress: 'partiallyComplete',
  },
  shipping: {
    label: 'Shipping',
    phrase: 'the shipping method',
    tone: 'info',
    progress: 'partiallyComplete',
  },
  payment: {label: 'Payment', phrase: 'payment', tone: 'info', progress: 'partiallyComplete'},
  completed: {
    label: 'Completed',
    phrase: 'the thank-you page',
    tone: 'success',
    progress: 'complete',
  },
};

/** A journey Heed knows only from a webhook or an extension outcome has no step yet. */
export const UNKNOWN_STEP_LABEL = 'Step unknown';

export const STEP_RANK: Record<CheckoutStep, number> = {
  contact: 0,
  delivery: 1,
  shipping: 2,
  payment: 3,
  completed: 4,
};

/**
 * What the shopper did, by the checkout event that moved them.
 * https://shopify.dev/docs/api/web-pixels-api/standard-events
 */
export const STEP_EVENT_WORDS: ReadonlyMap<string, string> = new Map([
  ['checkout_started', 'Started checkout'],
  ['checkout_contact_info_submitted', 'Entered contact details'],
  ['checkout_address_info_submitted', 'Entered the delivery address'],
  ['checkout_shipping_info_submitted', 'Chose a shipping method'],
  ['payment_info_submitted', 'Submitted payment details'],
  ['checkout_completed', 'Placed the order'],
]);
