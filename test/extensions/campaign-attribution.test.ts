// @vitest-environment jsdom
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';

/**
 * The campaign-attribution theme embed, run as a storefront runs it: the real asset evaluated in a
 * page that carries the block's markup, `fetch` answered by a fake Shopify cart and Heed's app proxy.
 * Every visit is a fresh page, so URL, cookies, sessionStorage and listeners never leak.
 */

const EXTENSION = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../extensions/campaign-attribution',
);
const SCRIPT = readFileSync(join(EXTENSION, 'assets/attribution.js'), 'utf8');
const EN = JSON.parse(readFileSync(join(EXTENSION, 'locales/en.default.json'), 'utf8'))
  .heed_attribution.bar as Record<string, string>;
const STORAGE_KEY = 'heed:attribution';
const ORIGIN = 'https://shop.example';
const LANDING = `${ORIGIN}/collections/throws?utm_campaign=winter-email&utm_source=klaviyo&utm_medium=email`;
const CART_PAGE = `${ORIGIN}/cart`;
const WINTER = {code: 'WINTER20', kind: 'percentage', value: 20, currencyCode: 'CAD'};
const WINTER_APPLIED = {code: 'WINTER20', applicable: true};
const WINTER_MESSAGE = 'Your 20% email offer will be applied at checkout';

type PageWindow = Window & typeof globalThis;
type JsdomClass = new (
  html: string,
  options: {url: string; runScripts: 'outside-only'; pretendToBeVisual: boolean},
) => {window: PageWindow};
// The environment's own JSDOM class (jsdom ships no types), to open a fresh page per visit.
const JSDOM = (globalThis as unknown as {jsdom: {constructor: JsdomClass}}).jsdom.constructor;

type Body = Record<string, unknown>;
type Handler = (body: Body) => Response | Promise<Response>;
type Call = {route: string; query: Record<string, string>; body: Body};
type DiscountCode = {code: string; applicable: boolean};

const json = (value: unknown) =>
  new Response(JSON.stringify(value), {headers: {'Content-Type': 'application/json'}});
const fail = (status: number) => () => new Response('<h1>Oops</h1>', {status});
const networkError = () => Promise.reject(new TypeError('Failed to fetch'));
const offerRoute = {'GET /apps/heed/offer': () => json({offer: WINTER})};

/** Shopify's Ajax cart as far as the embed uses it: attributes and discount codes. */
function fakeCart(options: {items?: number; codes?: DiscountCode[]; accepts?: string[]} = {}) {
  const state = {
    item_count: options.items ?? 2,
    discount_codes: options.codes ?? [],
    attributes: {} as Record<string, string>,
  };
  const read: Handler = () => json(state);
  const update: Handler = (body) => {
    Object.assign(state.attributes, body.attributes);
    if (typeof body.discount === 'string') {
      // Like Shopify, `discount` replaces every code on the cart.
      state.discount_codes = body.discount.split(',').map((code) => ({
        code,
        applicable: state.item_count > 0 && (options.accepts ?? []).includes(code),
      }));
    }
    return json(state);
  };
  return {state, read, update, routes: {'GET /cart.js': read, 'POST /cart/update.js': update}};
}

/** The shop's origin: serves the routes given, records every call, and fails on any other. */
function storefront(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const unexpected: string[] = [];
  let inFlight = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), ORIGIN);
    const route = `${init?.method ?? 'GET'} ${url.pathname}`;
    const body = init?.body ? (JSON.parse(String(init.body)) as Body) : {};
    calls.push({route, query: Object.fromEntries(url.searchParams), body});
    const handler = url.origin === ORIGIN ? routes[route] : undefined;
    if (!handler) unexpected.push(`${route} on ${url.origin}`);
    inFlight += 1;
    try {
      return await (handler ?? fail(404))(body);
    } finally {
      inFlight -= 1;
    }
  };
  const bodies = (route: string) => calls.filter((c) => c.route === route).map((c) => c.body);
  const query = (route: string) => calls.find((c) => c.route === route)?.query;
  return {fetch, calls, unexpected, routes, bodies, query, idle: () => inFlight === 0};
}
type Storefront = ReturnType<typeof storefront>;

const visits: {shop: Storefront; errors: unknown[]}[] = [];
afterEach(() => {
  for (const {shop, errors} of visits.splice(0)) {
    expect(errors, 'uncaught errors in the page').toEqual([]);
    expect(shop.unexpected, 'requests no route expected').toEqual([]);
    const used = new Set(shop.calls.map((c) => c.route));
    expect(
      Object.keys(shop.routes).filter((r) => !used.has(r)),
      'unused routes',
    ).toEqual([]);
  }
});

/** What blocks/attribution.liquid renders, with the English locale strings. */
function blockMarkup(template: string, extra = '') {
  const data = {
    template,
    locale: 'en',
    message: EN.message,
    'offer-amount': EN.offer_amount,
    'offer-free-shipping': EN.offer_free_shipping,
    'offer-generic': EN.offer_generic,
    'dismiss-label': EN.dismiss,
  };
  const attributes = Object.entries(data).map(([name, value]) => `data-${name}="${value}"`);
  return `<div id="heed-attribution" class="heed-bar" ${attributes.join(' ')} ${extra}>
    <p class="heed-bar__text" role="status" aria-live="polite"></p></div>`;
}

type VisitOptions = {
  template?: string;
  session?: string | null;
  cookie?: string;
  block?: string;
  prepare?: (window: PageWindow) => void;
};

/** Opens a storefront page with the embed and waits until its requests have settled. */
async function visit(url: string, shop: Storefront, options: VisitOptions = {}) {
  const block = options.block ?? blockMarkup(options.template ?? 'collection');
  const html = `<!doctype html><html lang="en"><body><main>Throws</main>${block}</body></html>`;
  const {window} = new JSDOM(html, {url, runScripts: 'outside-only', pretendToBeVisual: true});
  const errors: unknown[] = [];
  window.addEventListener('error', (event) => errors.push(event.error));
  visits.push({shop, errors});
  if (options.cookie) window.document.cookie = options.cookie;
  if (options.session) window.sessionStorage.setItem(STORAGE_KEY, options.session);
  options.prepare?.(window);
  window.fetch = shop.fetch;
  const before = window.document.body.innerHTML;
  window.eval(SCRIPT);
  await settled(shop);
  const bar = () => window.document.getElementById('heed-attribution')!;
  return {
    window,
    before,
    bar,
    status: () => bar().querySelector('[role="status"]')!,
    session: () => window.sessionStorage.getItem(STORAGE_KEY),
    dispatch: (type: string, detail: object) =>
      window.document.dispatchEvent(Object.assign(new window.Event(type, {bubbles: true}), detail)),
  };
}

async function settled(shop: Storefront) {
  for (let quiet = 0; quiet < 3; quiet = shop.idle() ? quiet + 1 : 0) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The session left by a landing from the winter email on a collection page, cart still empty. */
async function landedSession() {
  const empty = fakeCart({items: 0});
  const page = await visit(LANDING, storefront({...empty.routes, ...offerRoute}));
  return page.session();
}

async function openCart(shop: Storefront) {
  return visit(CART_PAGE, shop, {template: 'cart', session: await landedSession()});
}

describe('campaign attribution embed: landing', () => {
  it('when a shopper lands from a campaign link, then the campaign becomes hidden cart attributes', async () => {
    const shop = storefront({...fakeCart({items: 0}).routes, ...offerRoute});
    await visit(LANDING, shop);

    expect(shop.bodies('POST /cart/update.js')).toEqual([
      {
        attributes: {
          _heed_utm_campaign: 'winter-email',
          _heed_utm_source: 'klaviyo',
          _heed_utm_medium: 'email',
          _heed_landed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        },
      },
    ]);
    expect(shop.query('GET /apps/heed/offer')).toEqual({campaign: 'winter-email'});
  });

  it('when the link went through /discount/CODE, then its code is recorded and asked about', async () => {
    const cart = fakeCart({codes: [WINTER_APPLIED]});
    const shop = storefront({...cart.routes, ...offerRoute});
    await visit(LANDING, shop, {cookie: 'discount_code=WINTER20'});

    expect(cart.state.attributes).toMatchObject({
      _heed_utm_campaign: 'winter-email',
      _heed_discount_code: 'WINTER20',
    });
    expect(shop.query('GET /apps/heed/offer')).toEqual({
      campaign: 'winter-email',
      code: 'WINTER20',
    });
  });

  it('when the shopper reloads the landing or browses on, then nothing is sent again', async () => {
    const session = await landedSession();
    const later = storefront({});
    await visit(LANDING, later, {session});
    await visit(`${ORIGIN}/products/wool-throw`, later, {session});
    expect(later.calls).toEqual([]);
  });

  it('when the URL and the session carry no campaign, then the embed sends nothing', async () => {
    const shop = storefront({});
    const page = await visit(`${CART_PAGE}?utm_source=google`, shop, {template: 'cart'});
    expect(shop.calls).toEqual([]);
    expect(page.window.document.body.innerHTML).toBe(page.before);
  });

  it('when session storage is blocked, then the landing is still recorded', async () => {
    const cart = fakeCart({codes: [WINTER_APPLIED]});
    const blockStorage = (window: PageWindow) =>
      Object.defineProperty(window, 'sessionStorage', {
        get: () => {
          throw new window.DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    await visit(LANDING, storefront({...cart.routes, ...offerRoute}), {prepare: blockStorage});
    expect(cart.state.attributes._heed_utm_campaign).toBe('winter-email');
  });
});

describe('campaign attribution embed: the code on the cart', () => {
  it.each([
    ['is missing', []],
    ['is not applicable', [{code: 'WINTER20', applicable: false}]],
  ])('when the campaign code %s, then it is re-applied once', async (_case, codes) => {
    const cart = fakeCart({codes, accepts: ['WINTER20']});
    const shop = storefront(cart.routes);
    await openCart(shop);

    expect(shop.bodies('POST /cart/update.js')).toEqual([{discount: 'WINTER20'}]);
    expect(cart.state.discount_codes).toEqual([WINTER_APPLIED]);
  });

  it("when the shopper has a code of their own, then it stays next to the campaign's", async () => {
    const cart = fakeCart({
      codes: [{code: 'VIP5', applicable: true}],
      accepts: ['VIP5', 'WINTER20'],
    });
    const shop = storefront(cart.routes);
    await openCart(shop);
    expect(shop.bodies('POST /cart/update.js')).toEqual([{discount: 'VIP5,WINTER20'}]);
  });

  it('when the cart keeps refusing the code, then it is tried once per page view and nothing shows', async () => {
    const shop = storefront(fakeCart({accepts: []}).routes);
    const page = await openCart(shop);

    page.window.dispatchEvent(new page.window.PageTransitionEvent('pageshow', {persisted: true}));
    page.dispatch('shopify:cart:lines-update', {promise: Promise.resolve({})});
    await settled(shop);

    expect(shop.bodies('POST /cart/update.js')).toEqual([{discount: 'WINTER20'}]);
    expect(shop.calls.filter((c) => c.route === 'GET /cart.js')).toHaveLength(4);
    expect(page.window.document.body.innerHTML).toBe(page.before);
  });

  it('when the shopper replaces the codes themselves, then the campaign code is not forced back', async () => {
    const cart = fakeCart({codes: [WINTER_APPLIED], accepts: ['VIP5']});
    const shop = storefront({'GET /cart.js': cart.read});
    const page = await openCart(shop);
    expect(page.status().textContent).toBe(WINTER_MESSAGE);

    // The theme's own discount form: it replaces the codes, then announces it.
    const promise = Promise.resolve(cart.update({discount: 'VIP5'}));
    page.dispatch('shopify:cart:discount-update', {discountCodes: [{code: 'VIP5'}], promise});
    await settled(shop);

    expect(shop.bodies('POST /cart/update.js')).toEqual([]);
    expect(page.status().textContent).toBe('');
  });
});

describe('campaign attribution embed: the bar', () => {
  it('when the code applies, then a polite status announces the offer and can be dismissed', async () => {
    const page = await openCart(storefront(fakeCart({accepts: ['WINTER20']}).routes));
    const {bar, status} = page;

    expect(status().getAttribute('role')).toBe('status');
    expect(status().getAttribute('aria-live')).toBe('polite');
    expect(status().textContent).toBe(WINTER_MESSAGE);
    expect(bar().classList.contains('heed-bar--open')).toBe(true);
    const close = bar().querySelector('button');
    expect(close?.getAttribute('aria-label')).toBe('Dismiss');
    expect(close?.type).toBe('button');

    close!.click();
    expect(status().textContent).toBe('');
    expect(bar().classList.contains('heed-bar--open')).toBe(false);
    expect(bar().querySelector('button')).toBeNull();

    const next = storefront({'GET /cart.js': fakeCart({codes: [WINTER_APPLIED]}).read});
    const again = await visit(CART_PAGE, next, {template: 'cart', session: page.session()});
    expect(again.status().textContent).toBe('');
  });

  it('when a dismissed shopper lands from a new campaign, then its offer is shown again', async () => {
    const cart = fakeCart({codes: [WINTER_APPLIED]});
    const first = await openCart(storefront({'GET /cart.js': cart.read}));
    first.bar().querySelector('button')!.click();

    const shop = storefront({...cart.routes, ...offerRoute});
    const spring = `${CART_PAGE}?utm_campaign=spring-email`;
    const page = await visit(spring, shop, {template: 'cart', session: first.session()});
    expect(shop.query('GET /apps/heed/offer')).toEqual({campaign: 'spring-email'});
    expect(page.status().textContent).toBe(WINTER_MESSAGE);
  });

  it('when the cart is checked again, then an unchanged message is not announced again', async () => {
    const shop = storefront({'GET /cart.js': fakeCart({codes: [WINTER_APPLIED]}).read});
    const page = await openCart(shop);
    const changes: MutationRecord[] = [];
    new page.window.MutationObserver((records) => changes.push(...records)).observe(page.status(), {
      childList: true,
      characterData: true,
      subtree: true,
    });

    page.window.dispatchEvent(new page.window.PageTransitionEvent('pageshow', {persisted: true}));
    await settled(shop);

    expect(shop.calls.filter((c) => c.route === 'GET /cart.js')).toHaveLength(2);
    expect(changes).toEqual([]);
  });

  it.each([
    ['the proxy answers 500', {'GET /apps/heed/offer': fail(500)}],
    ['the proxy is unreachable', {'GET /apps/heed/offer': networkError}],
    ['the proxy answers HTML', {'GET /apps/heed/offer': () => new Response('<html>')}],
    ['the proxy has no offer', {'GET /apps/heed/offer': () => json({offer: null})}],
    ['the cart cannot be read', {...offerRoute, 'GET /cart.js': fail(500)}],
    [
      'the cart cannot be updated',
      {...offerRoute, 'GET /cart.js': fakeCart().read, 'POST /cart/update.js': networkError},
    ],
  ])('when %s, then the page is left as it was', async (_case, routes: Record<string, Handler>) => {
    const shop = storefront({'POST /cart/update.js': fakeCart().update, ...routes});
    const page = await visit(`${CART_PAGE}?utm_campaign=winter-email`, shop, {template: 'cart'});
    expect(page.window.document.body.innerHTML).toBe(page.before);
  });

  it('when the theme editor previews the embed, then it shows a sample offer and sends nothing', async () => {
    const shop = storefront({});
    const page = await visit(LANDING, shop, {block: blockMarkup('index', 'data-preview')});
    expect(page.status().textContent).toBe(WINTER_MESSAGE);
    expect(shop.calls).toEqual([]);
  });
});
