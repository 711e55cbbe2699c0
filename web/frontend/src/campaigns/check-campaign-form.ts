import type {CampaignPromise} from '../api/campaign-schemas';
import {numberOrNull} from './form-rules';
import type {CampaignFormValues} from './form-values';

// The form's check is the server's schema, run by the form's resolver.
export {checkCampaignForm, type FormCheck} from './campaign-resolver';

/** The promise as far as it can be read from the form; the summary shows it while it is typed. */
export function promiseOf(values: CampaignFormValues): CampaignPromise {
  const value = numberOrNull(values.value);
  const minimumValue = numberOrNull(values.minimumValue);
  const description = values.scopeDescription.trim() || undefined;
  return {
    kind: values.kind,
    value: values.kind === 'free_shipping' ? null : value,
    scope:
      values.scopeType === 'entire_order'
        ? {type: 'entire_order'}
        : {type: values.scopeType, description, items: values.scopeItems},
    audience:
      values.audienceType === 'segment'
        ? {type: 'segment', segmentIds: values.segmentIds}
        : {type: values.audienceType},
    minimum:
      values.minimumType === 'none' || minimumValue === null
        ? null
        : values.minimumType === 'subtotal'
          ? {type: 'subtotal', amount: minimumValue}
          : {type: 'quantity', quantity: minimumValue},
  };
}
