import type {CampaignPromise} from '../api/campaign-schemas';
import type {CampaignInput} from '../api/campaigns';
import {parseLocalDateTime} from './datetime-local';
import {formErrors, numberOrNull} from './form-rules';
import {splitLines, splitList, type CampaignFormValues, type FieldErrors} from './form-values';

export type FormCheck = {ok: true; input: CampaignInput} | {ok: false; errors: FieldErrors};

/**
 * Catches the obvious mistakes before a round trip, then builds the API body. The server checks
 * everything again: its 422 problems are the truth, and the form shows them on the same fields.
 * The times are read on the shop's clock (`timeZone`).
 */
export function checkCampaignForm(values: CampaignFormValues, timeZone: string): FormCheck {
  const errors = formErrors(values);
  const sendAt = parseLocalDateTime(values.sendAt, timeZone);
  const startsAt = parseLocalDateTime(values.promiseStartsAt, timeZone);
  const endsAt = parseLocalDateTime(values.promiseEndsAt, timeZone);
  if (Object.keys(errors).length > 0 || sendAt === null || startsAt === null || endsAt === null) {
    return {ok: false, errors};
  }
  return {
    ok: true,
    input: {
      name: values.name.trim(),
      promise: promiseOf(values),
      discountCodes: splitList(values.discountCodes),
      sendAt: new Date(sendAt).toISOString(),
      promiseStartsAt: new Date(startsAt).toISOString(),
      promiseEndsAt: new Date(endsAt).toISOString(),
      recipients: numberOrNull(values.recipients),
      attributionKey: values.attributionKey.trim(),
      email: {
        links: splitLines(values.emailLinks),
        html: values.emailHtml.trim() === '' ? null : values.emailHtml,
      },
    },
  };
}

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
