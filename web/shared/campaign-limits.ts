/**
 * A campaign's limits and the English of each refusal, for the schemas in campaign-schemas.ts
 * (the server's and the admin form's). The admin's `campaignForm.errors` translate these keys.
 */

export const PROMISE_KINDS = ['percentage', 'fixed_amount', 'free_shipping'] as const;

export const CAMPAIGN_LIMITS = {
  nameChars: 200,
  descriptionChars: 200,
  /** As many products or collections as the email names; the resource picker's `multiple`. */
  picked: 50,
  titleChars: 255,
  segments: 50,
  codes: 20,
  /** Shopify discount codes: no spaces, at most 255 characters. */
  codeChars: 255,
  percent: 100,
  recipients: 100_000_000,
  attributionKeyChars: 100,
  links: 200,
  linkChars: 2000,
  /** Pasted email HTML is capped well below what any email client sends. */
  emailHtmlBytes: 512 * 1024,
} as const;

export const MAX_EMAIL_HTML_BYTES = CAMPAIGN_LIMITS.emailHtmlBytes;

/** The English of every refusal; the admin's `campaignForm.errors` keys are these (a test holds them equal). */
export const CAMPAIGN_MESSAGES = {
  nameRequired: 'Give the campaign a name',
  tooLong: 'Use at most {{max, number}} characters',
  choose: 'Choose one of the options',
  valueRequired: 'Say how much the email promises',
  percentTooHigh: 'A percentage cannot be over {{max}}',
  freeShippingValue: 'Free shipping has no value; leave it empty',
  pickProduct: 'Pick a product from the shop',
  pickCollection: 'Pick a collection from the shop',
  pickedTitle: 'A picked item needs a title of at most {{max, number}} characters',
  tooManyPicked: 'Pick at most {{max}}',
  segmentsRequired: 'Add the segment the email is sent to',
  tooManySegments: 'Add at most {{max}} segments',
  pickSegment: 'Pick a customer segment',
  minimumRequired: 'Enter the minimum the offer requires',
  wholeItems: 'Enter a whole number of items',
  codesRequired: 'Add the discount code the email promises',
  codeRequired: 'Enter the discount code',
  tooManyCodes: 'Add at most {{max}} codes',
  codeSpaces: 'A discount code cannot contain spaces',
  codeTooLong: 'A code has at most {{max}} characters',
  sendAtRequired: 'Enter when the email is sent',
  startsAtRequired: 'Enter when the offer starts',
  endsAtRequired: 'Enter when the offer ends',
  windowOrder: 'The offer window must end after it starts',
  sentAfterEnd: 'The email would be sent after the offer ends',
  recipientsWhole: 'Enter a whole number, or leave it empty',
  recipientsTooMany: 'That is more than Heed can check',
  linkTagRequired: 'Give the campaign a link tag',
  linkTagChars: 'Use letters, digits, dots, dashes and underscores (at most {{max}})',
  tooManyLinks: 'Add at most {{max}} links',
  linkTooLong: 'A link is longer than {{max, number}} characters',
  linkEmpty: 'Remove the empty link',
  htmlTooLarge: 'The email HTML is larger than {{kb}} KB',
} as const;
export type CampaignMessage = keyof typeof CAMPAIGN_MESSAGES;
