import {describe, expect, it} from 'vitest';
import {CAMPAIGN_LIMITS, CAMPAIGN_MESSAGES} from '../../web/shared/campaign-schemas';
import {
  campaignCandidateOf,
  checkCampaignForm,
} from '../../web/frontend/src/campaigns/campaign-resolver';
import {EMPTY_FORM, type CampaignFormValues} from '../../web/frontend/src/campaigns/form-values';
import {placeProblems} from '../../web/frontend/src/campaigns/problem-fields';
import {campaignInputSchema} from '../../web/server/campaigns/campaign';
import {parseInput} from '../../web/server/http/validate';
import {HeedError} from '../../web/server/errors';
import {readLanguage} from '../support/admin-translations';

const L = CAMPAIGN_LIMITS;
type Answer = Partial<Record<keyof CampaignFormValues, string>> | 'accepted';

const VALID: CampaignFormValues = {
  ...EMPTY_FORM,
  name: 'Winter',
  value: '20',
  discountCodes: 'WINTER20',
  sendAt: '2030-09-01T09:00',
  promiseStartsAt: '2030-09-01T09:00',
  promiseEndsAt: '2030-09-30T23:59',
  attributionKey: 'winter',
};

const codes = (count: number) => Array.from({length: count}, (_, i) => `CODE${i}`).join('\n');
const links = (count: number) =>
  Array.from({length: count}, (_, i) => `https://shop.example/p/${i}`).join('\n');

function formSays(values: CampaignFormValues): Answer {
  const check = checkCampaignForm(values, 'UTC');
  return check.ok ? 'accepted' : check.errors;
}

/** The campaigns route's answer to the body the form would send (through JSON, as on the wire). */
function serverSays(values: CampaignFormValues): Answer {
  const body: unknown = JSON.parse(JSON.stringify(campaignCandidateOf(values, 'UTC')));
  try {
    parseInput(campaignInputSchema, body);
    return 'accepted';
  } catch (error: unknown) {
    if (!(error instanceof HeedError)) throw error;
    return placeProblems(error.problems).fields;
  }
}

describe('one campaign schema, for the campaigns route and the campaign form', () => {
  it.each<[string, Partial<CampaignFormValues>]>([
    ['a name at the limit', {name: 'n'.repeat(L.nameChars)}],
    ['as many codes as allowed', {discountCodes: codes(L.codes)}],
    ['the highest percentage', {value: String(L.percent)}],
    ['the most recipients', {recipients: String(L.recipients)}],
    ['a link at the limit', {emailLinks: `https://a.example/${'x'.repeat(L.linkChars - 18)}`}],
    ['as many links as allowed', {emailLinks: links(L.links)}],
    ['free shipping', {kind: 'free_shipping', value: ''}],
    ['a whole-item minimum', {minimumType: 'quantity', minimumValue: '3'}],
    ['HTML at the limit', {emailHtml: 'x'.repeat(L.emailHtmlBytes)}],
  ])('when the campaign has %s, then the form and the server both accept it', (_case, change) => {
    const values = {...VALID, ...change};
    expect(formSays(values)).toBe('accepted');
    expect(serverSays(values)).toBe('accepted');
  });

  it.each<[string, Partial<CampaignFormValues>, keyof CampaignFormValues, string]>([
    ['no name', {name: ' '}, 'name', 'Give the campaign a name'],
    [
      'a name past the limit',
      {name: 'n'.repeat(L.nameChars + 1)},
      'name',
      `Use at most ${L.nameChars} characters`,
    ],
    [
      'a description past the limit',
      {scopeType: 'products', scopeDescription: 'd'.repeat(L.descriptionChars + 1)},
      'scopeDescription',
      `Use at most ${L.descriptionChars} characters`,
    ],
    [
      'too many codes',
      {discountCodes: codes(L.codes + 1)},
      'discountCodes',
      `Add at most ${L.codes} codes`,
    ],
    ['a percentage past the limit', {value: '101'}, 'value', 'A percentage cannot be over 100'],
    ['no amount', {value: ''}, 'value', 'Say how much the email promises'],
    [
      'a code with a space',
      {discountCodes: 'WINTER 20'},
      'discountCodes',
      'A discount code cannot contain spaces',
    ],
    [
      'a link tag with a slash',
      {attributionKey: 'a/b'},
      'attributionKey',
      'Use letters, digits, dots, dashes and underscores (at most 100)',
    ],
    [
      'a link tag past the limit',
      {attributionKey: 'k'.repeat(L.attributionKeyChars + 1)},
      'attributionKey',
      'Use letters, digits, dots, dashes and underscores (at most 100)',
    ],
    [
      'half a recipient',
      {recipients: '2.5'},
      'recipients',
      'Enter a whole number, or leave it empty',
    ],
    [
      'more recipients than allowed',
      {recipients: String(L.recipients + 1)},
      'recipients',
      'That is more than Heed can check',
    ],
    ['too many links', {emailLinks: links(L.links + 1)}, 'emailLinks', 'Add at most 200 links'],
    [
      'a link past the limit',
      {emailLinks: `https://a.example/${'x'.repeat(L.linkChars)}`},
      'emailLinks',
      'A link is longer than 2,000 characters',
    ],
    [
      'HTML past the limit',
      {emailHtml: 'é'.repeat(L.emailHtmlBytes / 2 + 1)},
      'emailHtml',
      'The email HTML is larger than 512 KB',
    ],
    [
      'an offer that ends before it starts',
      {promiseEndsAt: '2030-08-30T09:00', sendAt: '2030-08-01T09:00'},
      'promiseEndsAt',
      'The offer window must end after it starts',
    ],
    [
      'a send date after the offer',
      {sendAt: '2030-10-02T09:00'},
      'sendAt',
      'The email would be sent after the offer ends',
    ],
    [
      'a segment audience without segments',
      {audienceType: 'segment'},
      'segmentIds',
      'Add the segment the email is sent to',
    ],
    [
      'a minimum of half an item',
      {minimumType: 'quantity', minimumValue: '2.5'},
      'minimumValue',
      'Enter a whole number of items',
    ],
    [
      'a minimum amount of 0',
      {minimumType: 'subtotal', minimumValue: '0'},
      'minimumValue',
      'Enter the minimum the offer requires',
    ],
  ])(
    'when the campaign has %s, then the form and the server refuse it on the same field in the same words',
    (_case, change, field, message) => {
      const values = {...VALID, ...change};
      expect(formSays(values)).toEqual({[field]: message});
      expect(serverSays(values)).toEqual({[field]: message});
    },
  );

  it('when the admin shows a refusal in English, then its words are the server’s catalog', () => {
    const campaignForm = readLanguage('en').campaignForm as {errors: unknown};
    expect(campaignForm.errors).toEqual(CAMPAIGN_MESSAGES);
  });
});
