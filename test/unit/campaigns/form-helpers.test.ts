import {describe, expect, it} from 'vitest';
import {attributionKeyFrom, followsName} from '../../../web/frontend/src/campaigns/attribution-key';
import {
  codeSuggestions,
  withSuggestion,
} from '../../../web/frontend/src/campaigns/code-suggestions';

const SHOP_CODES = [
  {
    id: 'gid://shopify/DiscountCodeNode/1',
    title: 'Winter email: 20% off',
    status: 'ACTIVE',
    codes: ['WINTER20'],
  },
  {
    id: 'gid://shopify/DiscountCodeNode/2',
    title: '20% off throws',
    status: 'ACTIVE',
    codes: ['FURS20'],
  },
  {
    id: 'gid://shopify/DiscountCodeNode/3',
    title: 'VIP thank-you',
    status: 'SCHEDULED',
    codes: ['VIP25'],
  },
];
const offered = (text: string) => codeSuggestions(text, SHOP_CODES).map((s) => s.code);

describe('the link tag made from the campaign name', () => {
  it.each([
    ['Fabulous Furs — September 20%', 'fabulous-furs-september-20'],
    ['  Été: 15% off!  ', 'ete-15-off'],
    ['BLACK FRIDAY', 'black-friday'],
    ['%%%', ''],
  ])('when the name is “%s”, then the tag is “%s”', (name, key) => {
    expect(attributionKeyFrom(name)).toBe(key);
  });

  it('when the name is very long, then the tag stays within the 100 characters the server takes', () => {
    const key = attributionKeyFrom('word '.repeat(60));
    expect(key.length).toBeLessThanOrEqual(100);
    expect(key.endsWith('-')).toBe(false);
  });

  it.each([
    ['', 'Anything', true],
    ['winter-20', 'Winter 20', true],
    ['my-own-tag', 'Winter 20', false],
  ])(
    'when the tag is “%s” and the name was “%s”, then it follows the name: %s',
    (key, name, follows) => {
      expect(followsName(key, name)).toBe(follows);
    },
  );
});

describe('the shop’s codes offered while typing', () => {
  it.each([
    ['', ['WINTER20', 'FURS20', 'VIP25']],
    ['fur', ['FURS20']],
    ['thank', ['VIP25']],
    ['WINTER20\nv', ['VIP25']],
    ['WINTER20, FURS20,', ['VIP25']],
    ['WINTER20, FURS20', []],
  ])('when the field holds %j, then %j are offered', (text, codes) => {
    expect(offered(text)).toEqual(codes);
  });

  it.each([
    ['fu', 'FURS20', 'FURS20'],
    ['WINTER20\nfu', 'FURS20', 'WINTER20\nFURS20'],
    ['WINTER20\n', 'FURS20', 'WINTER20\nFURS20'],
  ])('when %j gets %s, then the field is %j', (text, code, result) => {
    expect(withSuggestion(text, code)).toBe(result);
  });
});
