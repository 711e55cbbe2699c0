import {zodResolver} from '@hookform/resolvers/zod';
import {useMemo} from 'react';
import type {Resolver} from 'react-hook-form';
import {useTranslation} from 'react-i18next';
import {z} from 'zod/mini';
import {
  CAMPAIGN_MESSAGES,
  campaignSchemas,
  type CampaignInput,
  type CampaignMessage,
} from '../../../shared/campaign-schemas';
import {sayFrom, type Say} from '../../../shared/schema-messages';
import {parseLocalDateTime} from './datetime-local';
import {splitLines, splitList, type CampaignFormValues, type FieldErrors} from './form-values';
import {placeProblems} from './problem-fields';

/** English, as the server words it: what tests and the English admin read. */
export const sayCampaignEnglish: Say<CampaignMessage> = sayFrom(CAMPAIGN_MESSAGES);

/**
 * The form's values as the request body, without judging them: blank numbers are `null`,
 * unreadable ones `NaN` and unreadable times empty, so the shared schema alone decides what is
 * wrong and says it. Times are read on the shop's clock (`timeZone`).
 */
export function campaignCandidateOf(values: CampaignFormValues, timeZone: string): unknown {
  const instant = (text: string) => {
    const ms = parseLocalDateTime(text, timeZone);
    return ms === null ? '' : new Date(ms).toISOString();
  };
  return {
    name: values.name,
    promise: {
      kind: values.kind,
      value: values.kind === 'free_shipping' ? null : typedNumber(values.value),
      scope:
        values.scopeType === 'entire_order'
          ? {type: 'entire_order'}
          : {
              type: values.scopeType,
              description: values.scopeDescription.trim() || undefined,
              items: values.scopeItems,
            },
      audience:
        values.audienceType === 'segment'
          ? {type: 'segment', segmentIds: values.segmentIds}
          : {type: values.audienceType},
      minimum:
        values.minimumType === 'none'
          ? null
          : values.minimumType === 'subtotal'
            ? {type: 'subtotal', amount: typedNumber(values.minimumValue)}
            : {type: 'quantity', quantity: typedNumber(values.minimumValue)},
    },
    discountCodes: splitList(values.discountCodes),
    sendAt: instant(values.sendAt),
    promiseStartsAt: instant(values.promiseStartsAt),
    promiseEndsAt: instant(values.promiseEndsAt),
    recipients: typedNumber(values.recipients),
    attributionKey: values.attributionKey,
    email: {
      links: splitLines(values.emailLinks),
      html: values.emailHtml.trim() === '' ? null : values.emailHtml,
    },
  };
}

/**
 * The campaign form's schema: the server's own on the body the form would send, each refusal
 * moved from its body path onto the field that shows it (`problem-fields.ts`, which places the
 * server's 422 problems the same way).
 */
export function campaignFormSchema(say: Say<CampaignMessage>, timeZone: string) {
  const {input} = campaignSchemas(say);
  return z.pipe(
    z.custom<CampaignFormValues>(),
    z.transform((values: CampaignFormValues, ctx): CampaignInput => {
      const result = z.safeParse(input, campaignCandidateOf(values, timeZone));
      if (result.success) return result.data;
      const problems = result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      for (const [field, message] of Object.entries(placeProblems(problems).fields)) {
        ctx.issues.push({code: 'custom', path: [field], message, input: values});
      }
      return z.NEVER;
    }),
  );
}

export type FormCheck = {ok: true; input: CampaignInput} | {ok: false; errors: FieldErrors};

/** The form's values as the API body, or each field's first mistake. */
export function checkCampaignForm(
  values: CampaignFormValues,
  timeZone: string,
  say = sayCampaignEnglish,
): FormCheck {
  const result = z.safeParse(campaignFormSchema(say, timeZone), values);
  if (result.success) return {ok: true, input: result.data};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string') errors[field as keyof FieldErrors] ??= issue.message;
  }
  return {ok: false, errors};
}

/** The campaign form's zod resolver, refusing in the admin's language. */
export function useCampaignResolver(
  timeZone: string,
): Resolver<CampaignFormValues, unknown, CampaignInput> {
  const {t} = useTranslation('campaignForm');
  return useMemo(
    () =>
      zodResolver(
        campaignFormSchema((key, values = {}) => t(`errors.${key}`, {...values}), timeZone),
      ),
    [t, timeZone],
  );
}

function typedNumber(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}
