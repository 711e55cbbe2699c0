import type {BadgeProps} from '@shopify/polaris';
import type {CheckoutStep} from '../api/journey-schemas';

/**
 * How each step's badge looks. Its words are in the `live` namespace: `step.<step>` for the badge,
 * and whole sentences under `stepSentence` ("After 2 min on the delivery address"), since a step
 * takes a different article and preposition in each language. A journey Heed knows only from a
 * webhook or an extension outcome has no step yet (`stepUnknown`).
 */
interface StepLook {
  tone: BadgeProps['tone'];
  progress: BadgeProps['progress'];
}

export const STEP_LOOK: Record<CheckoutStep, StepLook> = {
  contact: {tone: 'info', progress: 'incomplete'},
  delivery: {tone: 'info', progress: 'partiallyComplete'},
  shipping: {tone: 'info', progress: 'partiallyComplete'},
  payment: {tone: 'info', progress: 'partiallyComplete'},
  completed: {tone: 'success', progress: 'complete'},
};

export const STEP_RANK: Record<CheckoutStep, number> = {
  contact: 0,
  delivery: 1,
  shipping: 2,
  payment: 3,
  completed: 4,
};

/**
 * The checkout events that move a shopper, each said in words as `stepEvent.<event>`.
 * https://shopify.dev/docs/api/web-pixels-api/standard-events
 */
export const STEP_EVENTS = [
  'checkout_started',
  'checkout_contact_info_submitted',
  'checkout_address_info_submitted',
  'checkout_shipping_info_submitted',
  'payment_info_submitted',
  'checkout_completed',
] as const;
