import {z} from 'zod/mini';
import {
  CAMPAIGN_LIMITS,
  CAMPAIGN_MESSAGES,
  PROMISE_KINDS,
  type CampaignMessage,
} from './campaign-limits';
import {sayFrom, type Say} from './schema-messages';

export {
  CAMPAIGN_LIMITS,
  CAMPAIGN_MESSAGES,
  MAX_EMAIL_HTML_BYTES,
  PROMISE_KINDS,
} from './campaign-limits';
export type {CampaignMessage} from './campaign-limits';

/**
 * A campaign as the merchant describes it (the body of POST/PUT /api/campaigns), one definition
 * for the server (what it accepts and stores) and the admin's campaign form (what it refuses
 * before a round trip, in the same words). zod/mini keeps the admin's bundle small.
 */

const ATTRIBUTION_KEY = /^[A-Za-z0-9._-]+$/;
const L = CAMPAIGN_LIMITS;

/** UTF-8 bytes, as the server stores them (TextEncoder: the same in Node and the browser). */
const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * A product or collection picked in the admin: its GID, which verification compares with what the
 * discount covers, and its title, which the admin and the findings show. A promise saved before
 * picking existed has no `items` and reads as text only.
 */
function pickedSchema(type: 'Product' | 'Collection', say: Say<CampaignMessage>) {
  return z.object({
    id: z
      .string()
      .check(
        z.regex(
          new RegExp(`^gid://shopify/${type}/\\d+$`),
          say(type === 'Product' ? 'pickProduct' : 'pickCollection'),
        ),
      ),
    title: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, say('pickedTitle', {max: L.titleChars})),
        z.maxLength(L.titleChars, say('pickedTitle', {max: L.titleChars})),
      ),
  });
}

/** The campaign schemas, refusing in `say`'s words. */
export function campaignSchemas(say: Say<CampaignMessage>) {
  const choose = {error: say('choose')};
  const tooLong = (max: number) => z.maxLength(max, say('tooLong', {max}));

  const scoped = (type: 'products' | 'collections') =>
    z.object({
      type: z.literal(type),
      description: z.optional(z.string().check(z.trim(), tooLong(L.descriptionChars))),
      items: z.optional(
        z
          .array(pickedSchema(type === 'products' ? 'Product' : 'Collection', say))
          .check(z.maxLength(L.picked, say('tooManyPicked', {max: L.picked}))),
      ),
    });
  const minimumRequired = say('minimumRequired');

  /** What the email promised, in structured form, so Heed can compare it with the real discount. */
  const promise = z
    .object({
      kind: z.enum(PROMISE_KINDS, choose),
      /** Percent (0–100] for percentage; an amount in the shop currency for fixed_amount; null for free shipping. */
      value: z.nullable(
        z.number({error: say('valueRequired')}).check(z.gt(0, say('valueRequired'))),
      ),
      scope: z.discriminatedUnion(
        'type',
        [z.object({type: z.literal('entire_order')}), scoped('products'), scoped('collections')],
        choose,
      ),
      audience: z.discriminatedUnion(
        'type',
        [
          z.object({type: z.literal('everyone')}),
          z.object({type: z.literal('email_subscribers')}),
          z.object({
            type: z.literal('segment'),
            segmentIds: z
              .array(
                z.string().check(z.regex(/^gid:\/\/shopify\/Segment\/\d+$/, say('pickSegment'))),
              )
              .check(
                z.minLength(1, say('segmentsRequired')),
                z.maxLength(L.segments, say('tooManySegments', {max: L.segments})),
              ),
          }),
        ],
        choose,
      ),
      minimum: z._default(
        z.nullable(
          z.discriminatedUnion(
            'type',
            [
              z.object({
                type: z.literal('subtotal'),
                amount: z.number({error: minimumRequired}).check(z.gt(0, minimumRequired)),
              }),
              z.object({
                type: z.literal('quantity'),
                quantity: z
                  .number({error: minimumRequired})
                  .check(z.gt(0, minimumRequired), z.multipleOf(1, say('wholeItems'))),
              }),
            ],
            choose,
          ),
        ),
        null,
      ),
    })
    .check(
      z.superRefine((promise, ctx) => {
        const issue = (message: string) =>
          ctx.issues.push({code: 'custom', path: ['value'], message, input: promise.value});
        if (promise.kind === 'free_shipping' && promise.value !== null) {
          issue(say('freeShippingValue'));
        }
        if (promise.kind !== 'free_shipping' && promise.value === null) issue(say('valueRequired'));
        if (promise.kind === 'percentage' && promise.value !== null && promise.value > L.percent) {
          issue(say('percentTooHigh', {max: L.percent}));
        }
      }),
    );

  const discountCode = z
    .string()
    .check(
      z.trim(),
      z.minLength(1, say('codeRequired')),
      z.regex(/^\S+$/, say('codeSpaces')),
      z.maxLength(L.codeChars, say('codeTooLong', {max: L.codeChars})),
    );

  const instant = (message: CampaignMessage) => z.iso.datetime({offset: true, error: say(message)});

  const input = z
    .object({
      name: z
        .string({error: say('nameRequired')})
        .check(z.trim(), z.minLength(1, say('nameRequired')), tooLong(L.nameChars)),
      promise,
      discountCodes: z
        .array(discountCode)
        .check(
          z.minLength(1, say('codesRequired')),
          z.maxLength(L.codes, say('tooManyCodes', {max: L.codes})),
        ),
      sendAt: instant('sendAtRequired'),
      promiseStartsAt: instant('startsAtRequired'),
      promiseEndsAt: instant('endsAtRequired'),
      recipients: z._default(
        z.nullable(
          z
            .number({error: say('recipientsWhole')})
            .check(
              z.multipleOf(1, say('recipientsWhole')),
              z.gte(0, say('recipientsWhole')),
              z.lte(L.recipients, say('recipientsTooMany')),
            ),
        ),
        null,
      ),
      attributionKey: z
        .string({error: say('linkTagRequired')})
        .check(
          z.trim(),
          z.minLength(1, say('linkTagRequired')),
          z.maxLength(L.attributionKeyChars, say('linkTagChars', {max: L.attributionKeyChars})),
          z.regex(ATTRIBUTION_KEY, say('linkTagChars', {max: L.attributionKeyChars})),
        ),
      email: z._default(
        z.object({
          links: z._default(
            z
              .array(
                z
                  .string()
                  .check(
                    z.trim(),
                    z.minLength(1, say('linkEmpty')),
                    z.maxLength(L.linkChars, say('linkTooLong', {max: L.linkChars})),
                  ),
              )
              .check(z.maxLength(L.links, say('tooManyLinks', {max: L.links}))),
            [],
          ),
          html: z._default(
            z.nullable(
              z
                .string()
                .check(
                  z.refine(
                    (html) => utf8Bytes(html) <= L.emailHtmlBytes,
                    say('htmlTooLarge', {kb: L.emailHtmlBytes / 1024}),
                  ),
                ),
            ),
            null,
          ),
        }),
        () => ({links: [], html: null}),
      ),
    })
    .check(
      z.superRefine((input, ctx) => {
        const ends = Date.parse(input.promiseEndsAt);
        if (ends <= Date.parse(input.promiseStartsAt)) {
          ctx.issues.push({
            code: 'custom',
            path: ['promiseEndsAt'],
            message: say('windowOrder'),
            input: input.promiseEndsAt,
          });
          // A wrong window is the one problem to fix first: the send date is judged against it after.
          return;
        }
        if (Date.parse(input.sendAt) > ends) {
          ctx.issues.push({
            code: 'custom',
            path: ['sendAt'],
            message: say('sentAfterEnd'),
            input: input.sendAt,
          });
        }
      }),
    );

  return {promise, discountCode, input};
}

/** The schemas as the server holds every request to them, refusing in English. */
export const {
  promise: promiseSchema,
  discountCode: discountCodeSchema,
  input: campaignInputSchema,
} = campaignSchemas(sayFrom(CAMPAIGN_MESSAGES));

export type CampaignPromise = z.output<typeof promiseSchema>;
export type CampaignInput = z.output<typeof campaignInputSchema>;
export type PickedResource = z.output<ReturnType<typeof pickedSchema>>;
