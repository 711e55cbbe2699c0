import type {BadgeProps} from '@shopify/polaris';

/** The hesitation signals Heed detects per shopper, with the tone each one carries in the admin. */
export const HESITATION_SIGNALS = [
  {
    label: 'Promised discount missing',
    tone: 'critical',
    body: 'The shopper came from a campaign, but checkout is not giving them the discount the email promised.',
  },
  {
    label: 'Code rejected',
    tone: 'critical',
    body: 'A discount code the shopper typed was refused.',
  },
  {
    label: 'Saw an error',
    tone: 'warning',
    body: 'Checkout showed the shopper an error message, or a part of checkout failed.',
  },
  {
    label: 'Stalled on a step',
    tone: 'attention',
    body: 'The shopper has not moved for a while on the same step.',
  },
  {
    label: 'Back and forth',
    tone: 'info',
    body: 'The shopper keeps going back to an earlier step, or in and out of the cart.',
  },
  {label: 'Left checkout', tone: undefined, body: 'The shopper left without buying.'},
] as const satisfies readonly {label: string; tone: BadgeProps['tone']; body: string}[];
