import type {BadgeProps} from '@shopify/polaris';
import type {TFunction} from 'i18next';
import type {JourneySignal, SignalSeverity} from '../api/journey-schemas';

/**
 * Heed's stable signal types (the server's `SIGNAL_TYPES`, plus the order-level one), in the order
 * the filter lists them, each with the words a merchant reads in English. The admin shows them in its
 * language with `signalWords` (`live:signal.<type>`); `label` stays for the areas not translated yet.
 */
export const SIGNAL_TYPES = [
  {type: 'promo_not_applied', label: 'Promised discount not applied'},
  {type: 'promo_missing_on_order', label: 'Order placed without the promised discount'},
  {type: 'code_rejected', label: 'Discount code rejected'},
  {type: 'checkout_error', label: 'Saw a checkout error'},
  {type: 'payment_failed', label: 'Payment failed'},
  {type: 'shipping_shock', label: 'Left after seeing the shipping price'},
  {type: 'stalled', label: 'Stalled on a step'},
  {type: 'step_regression', label: 'Went back a step'},
  {type: 'repeated_edits', label: 'Edited a field again and again'},
  {type: 'abandoned', label: 'Left checkout'},
] as const;

const LABELS: ReadonlyMap<string, string> = new Map(SIGNAL_TYPES.map((s) => [s.type, s.label]));

/** A type this admin does not know yet still reads as words: `gift_card_refused` → "Gift card refused". */
export function signalLabel(type: string): string {
  const known = LABELS.get(type);
  if (known) return known;
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `signalLabel` in the admin's language (`live:signal.<type>`); an unknown type reads as its words. */
export function signalWords(type: string, t: TFunction<'live'>): string {
  const known = SIGNAL_TYPES.find((signal) => signal.type === type);
  return known ? t(`signal.${known.type}`) : signalLabel(type);
}

export const SEVERITY_LOOK: Record<SignalSeverity, {label: string; tone: BadgeProps['tone']}> = {
  critical: {label: 'Critical', tone: 'critical'},
  high: {label: 'High', tone: 'warning'},
  medium: {label: 'Medium', tone: 'attention'},
  low: {label: 'Low', tone: 'info'},
};

const SEVERITY_RANK: Record<SignalSeverity, number> = {critical: 3, high: 2, medium: 1, low: 0};

/** The signal that best says what went wrong: the most severe, and among equals the latest. */
export function mostSevere<T extends JourneySignal>(signals: readonly T[]): T | undefined {
  let worst: T | undefined;
  for (const signal of signals) {
    if (
      !worst ||
      SEVERITY_RANK[signal.severity] > SEVERITY_RANK[worst.severity] ||
      (signal.severity === worst.severity && signal.occurredAt > worst.occurredAt)
    ) {
      worst = signal;
    }
  }
  return worst;
}
