import type {FormField} from './form-values';

// Each field's label is `campaignForm:fields.<field>`, which the error banner also names it by.

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
