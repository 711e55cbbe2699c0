import type {BadgeProps} from '@shopify/polaris';

/**
 * The hesitation signals Heed detects per shopper, with the tone each one carries in the admin.
 * Each one's words are `hesitation.<key>Title` and `hesitation.<key>Body` in the `live` namespace.
 */
export const HESITATION_SIGNALS = [
  {key: 'promiseMissing', tone: 'critical'},
  {key: 'codeRejected', tone: 'critical'},
  {key: 'error', tone: 'warning'},
  {key: 'stalled', tone: 'attention'},
  {key: 'backAndForth', tone: 'info'},
  {key: 'left', tone: undefined},
] as const satisfies readonly {key: string; tone: BadgeProps['tone']}[];
