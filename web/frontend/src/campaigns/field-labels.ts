import type {FormField} from './form-values';

/** The labels the form shows, reused by the error banner so a problem names the field it is on. */
export const FIELD_LABELS: Record<FormField, string> = {
  name: 'Campaign name',
  kind: 'Discount type',
  value: 'Amount',
  scopeType: 'Applies to',
  scopeDescription: 'How the email words it',
  scopeItems: 'Products or collections the email names',
  audienceType: 'Sent to',
  segmentIds: 'Customer segments',
  minimumType: 'Minimum purchase',
  minimumValue: 'Minimum',
  discountCodes: 'Discount codes',
  sendAt: 'Email send date',
  promiseStartsAt: 'Offer starts',
  promiseEndsAt: 'Offer ends',
  recipients: 'Number of recipients',
  attributionKey: 'Link tag',
  emailLinks: 'Email links',
  emailHtml: 'Email HTML',
};

/** The fields in the order the form shows them, which is the order to fix them in. */
export const FORM_FIELDS = [
  'name',
  'attributionKey',
  'recipients',
  'kind',
  'value',
  'scopeType',
  'scopeItems',
  'scopeDescription',
  'audienceType',
  'segmentIds',
  'minimumType',
  'minimumValue',
  'discountCodes',
  'sendAt',
  'promiseStartsAt',
  'promiseEndsAt',
  'emailHtml',
  'emailLinks',
] as const satisfies readonly FormField[];

// Compile-time guard: a field added to the form but not to FORM_FIELDS fails the build here.
const _everyFieldListed: Exclude<FormField, (typeof FORM_FIELDS)[number]> extends never
  ? true
  : false = true;

/** The DOM id of a field's input, so the error banner can move focus to it. */
export function fieldId(field: FormField): string {
  return `campaign-${field}`;
}
