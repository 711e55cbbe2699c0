// @vitest-environment jsdom
import {act} from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createApiClient} from '../../web/frontend/src/api/api-client';
import {App} from '../../web/frontend/src/app';
import {click, eventually, fill, json, mount, pageButton, unmountAll} from '../support/admin-dom';

const MINUTE = 60_000;
const NOW = Date.now();
const OVERVIEW = {
  shop: {domain: 'furs.myshopify.com', name: 'Fabulous Furs', currencyCode: 'CAD'},
  storage: {engine: 'sqlite', healthy: true},
};
const WINTER = {
  id: '1c6194dc-7321-435b-8a88-87a17cfbf723',
  name: 'Winter clearance — 20% off everything',
  promise: {
    kind: 'percentage',
    value: 20,
    scope: {type: 'entire_order'},
    audience: {type: 'everyone'},
    minimum: null,
  },
  discountCodes: ['WINTER20'],
  sendAt: NOW,
  promiseStartsAt: NOW,
  promiseEndsAt: NOW + 7 * 24 * 60 * MINUTE,
  recipients: null,
  attributionKey: 'winter-clearance',
  createdAt: NOW,
  updatedAt: NOW,
  health: 'ready',
  lastCheckedAt: NOW,
};
const PROMO_SENTENCE =
  'Was promised 20% off the entire order by the “Winter clearance — 20% off everything” email but reached the payment step with no discount applied (code WINTER20).';

function journey(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    checkoutToken: `token-${id}`,
    currentStep: 'payment',
    startedAt: NOW - 10 * MINUTE,
    lastActivityAt: NOW - 2 * MINUTE,
    completedAt: null,
    campaignKey: null,
    cart: {total: {amount: 120, currencyCode: 'CAD'}, lines: 1, currencyCode: 'CAD'},
    score: 0,
    reasons: [],
    signals: [],
    ...overrides,
  };
}

/** A signal as a journey summary carries it: open unless `resolvedAt` says when it ended. */
function signal(id: string, fields: Record<string, unknown>) {
  return {id, resolvedAt: null, resolution: null, ...fields};
}

const PROMO_ID = 'jrn_9729ae481cdfa50b680b7372';
const PROMO = journey(PROMO_ID, {
  campaignKey: 'winter-clearance',
  cart: {total: {amount: 265.55, currencyCode: 'USD'}, lines: 1, currencyCode: 'USD'},
  score: 30,
  reasons: [`+30 Promised discount not applied: ${PROMO_SENTENCE}`],
  signals: [
    signal('sig-promo', {
      type: 'promo_not_applied',
      severity: 'high',
      sentence: PROMO_SENTENCE,
      occurredAt: NOW,
    }),
  ],
});
const COMPLETED = journey('jrn_000000000000000000000b01', {
  currentStep: 'completed',
  lastActivityAt: NOW - 30 * MINUTE,
  completedAt: NOW - 30 * MINUTE,
});
const TROUBLED = journey('jrn_000000000000000000000c01', {
  lastActivityAt: NOW - 5 * MINUTE,
  campaignKey: 'spring-teaser',
  score: 75,
  signals: [
    signal('sig-back', {
      type: 'step_regression',
      severity: 'medium',
      sentence: 'Went back from payment to the delivery address.',
      occurredAt: NOW - 7 * MINUTE,
    }),
    signal('sig-declined', {
      type: 'payment_failed',
      severity: 'critical',
      sentence: 'The card was declined twice.',
      occurredAt: NOW - 6 * MINUTE,
    }),
  ],
});

// ---- Harness: the real App and API client over a scripted fetch, with a controllable stream -----

type Handler = (url: URL) => Response | Promise<Response>;

/** `GET /api/live` as the server sends it: the test pushes events and ends it. */
function eventStream() {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
  });
  controller?.enqueue(encoder.encode('retry: 3000\n: connected\n\n'));
  return {
    response: new Response(body, {headers: {'Content-Type': 'text/event-stream'}}),
    async send(event: string, data: unknown) {
      await act(async () => {
        controller?.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      });
    },
    async end() {
      await act(async () => controller?.close());
    },
  };
}

function scriptedApi(routes: Record<string, Handler>) {
  const requests: {url: URL; headers: Headers}[] = [];
  const unexpected: string[] = [];
  const streams: ReturnType<typeof eventStream>[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://admin.test');
    requests.push({url, headers: new Headers(init?.headers)});
    if (url.pathname === '/api/live') {
      const stream = eventStream();
      streams.push(stream);
      return stream.response;
    }
    const method = init?.method ?? 'GET';
    const handler =
      routes[`${method} ${url.pathname}${url.search}`] ??
      routes[`${method} ${url.pathname}`] ??
      undefined;
    if (!handler) {
      unexpected.push(`${method} ${url.pathname}${url.search}`);
      return json(500, {error: {code: 'INTERNAL', message: 'unscripted', requestId: 'r'}});
    }
    return handler(url);
  });
  let tokens = 0;
  const client = createApiClient({idToken: async () => `session-token-${++tokens}`, fetch});
  const journeyQueries = () =>
    requests.filter((r) => r.url.pathname === '/api/journeys').map((r) => r.url.search);
  return {client, requests, unexpected, streams, journeyQueries};
}

const ok =
  (body: unknown): Handler =>
  () =>
    json(200, body);
/** A shop whose pixel is on and whose checkouts arrive: the status banner has nothing to say. */
const PIXEL_WORKING = {
  pixel: {active: true},
  checkouts: {last24h: 3, lastActivityAt: NOW - MINUTE},
  quarantined: {last24h: 0, recent: []},
};
const BASE_ROUTES: Record<string, Handler> = {
  'GET /api/overview': ok(OVERVIEW),
  'GET /api/campaigns': ok({campaigns: [WINTER]}),
  'GET /api/pixel/status': ok(PIXEL_WORKING),
};

afterEach(unmountAll);

async function openAdmin(path: string, routes: Record<string, Handler>) {
  const api = scriptedApi({...BASE_ROUTES, ...routes});
  window.history.replaceState(null, '', path);
  const container = await mount(<App apiClient={api.client} />);
  return {container, ...api};
}

const rows = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('tbody tr')).map((row) => row.textContent ?? '');
const liveStatus = (container: HTMLElement) =>
  container.querySelector('[data-live-status]')?.getAttribute('data-live-status');
const announced = (container: HTMLElement) =>
  container.querySelector('[data-live-announcer]')?.textContent ?? '';

const LIST = '/api/journeys?sinceHours=24&limit=50';

// ---- The list -------------------------------------------------------------------------------------

describe('live checkouts list', () => {
  it('when journeys load, then each row shows its step, score, worst signal, cart and campaign, most recent first', async () => {
    const {container, unexpected, requests} = await openAdmin('/live', {
      [`GET ${LIST}`]: ok({journeys: [COMPLETED, PROMO, TROUBLED]}),
    });
    await eventually(() => expect(rows(container)).toHaveLength(3));
    const [promo, troubled, completed] = rows(container);
    expect(promo).toContain('Payment');
    // The word of its high-severity signal's badge, not a milder one.
    expect(promo).toContain('High · 30');
    expect(promo).toContain('Promised discount not applied');
    expect(promo).toContain(PROMO_SENTENCE);
    expect(promo).toContain('$265.55');
    expect(promo).toContain('Winter clearance — 20% off everything');
    expect(promo).toContain('Active 2 min. ago');
    expect(troubled).toContain('Critical · 75');
    expect(troubled).toContain('The card was declined twice.');
    expect(troubled).not.toContain('Went back from payment');
    expect(troubled).toContain('utm_campaign=spring-teaser');
    expect(completed).toContain('Completed');
    expect(completed).toContain('None · 0');
    expect(completed).toContain('Nothing went wrong');
    expect(completed).toContain('CA$120.00');
    expect(container.querySelector('tbody tr a')?.getAttribute('href')).toBe(`/live/${PROMO_ID}`);

    await eventually(() => expect(liveStatus(container)).toBe('connected'));
    const live = requests.find((r) => r.url.pathname === '/api/live');
    expect(live?.headers.get('authorization')).toMatch(/^Bearer session-token-\d+$/);
    expect(live?.headers.get('accept')).toBe('text/event-stream');
    expect(unexpected).toEqual([]);
  });

  it('when the merchant filters by signal, campaign and time range, then each choice is sent to the server and kept in the address', async () => {
    const {container, journeyQueries, unexpected} = await openAdmin('/live', {
      'GET /api/journeys': ok({journeys: [PROMO]}),
    });
    await eventually(() => expect(rows(container)).toHaveLength(1));
    const campaignOptions = Array.from(
      document.querySelectorAll('#live-filter-campaign option'),
    ).map((o) => o.textContent);
    expect(campaignOptions).toEqual(['All campaigns', 'Winter clearance — 20% off everything']);

    await fill('live-filter-signal', 'promo_not_applied');
    await fill('live-filter-campaign', 'winter-clearance');
    await fill('live-filter-range', '168');
    await eventually(() =>
      expect(journeyQueries()).toEqual([
        '?sinceHours=24&limit=50',
        '?sinceHours=24&limit=50&signal=promo_not_applied',
        '?sinceHours=24&limit=50&signal=promo_not_applied&campaign=winter-clearance',
        '?sinceHours=168&limit=50&signal=promo_not_applied&campaign=winter-clearance',
      ]),
    );
    expect(window.location.search).toBe(
      '?signal=promo_not_applied&campaign=winter-clearance&hours=168',
    );
    expect(unexpected).toEqual([]);
  });

  it('when the page opens on a shared filtered address, then the first request already carries the filters', async () => {
    const {container, journeyQueries} = await openAdmin('/live?signal=code_rejected&hours=1', {
      'GET /api/journeys': ok({journeys: []}),
    });
    await eventually(() =>
      expect(container.textContent).toContain('No checkouts match these filters'),
    );
    expect(journeyQueries()).toEqual(['?sinceHours=1&limit=50&signal=code_rejected']);
    expect((document.getElementById('live-filter-signal') as HTMLSelectElement).value).toBe(
      'code_rejected',
    );

    await click(pageButton(container, 'Clear filters'));
    await eventually(() => expect(journeyQueries()).toContain('?sinceHours=24&limit=50'));
    expect(window.location.search).toBe('');
  });

  it('when no shopper checked out yet, then the empty state says journeys appear once the pixel is on', async () => {
    const {container} = await openAdmin('/live', {[`GET ${LIST}`]: ok({journeys: []})});
    await eventually(() =>
      expect(container.textContent).toContain('No checkouts in the last 24 hours'),
    );
    expect(container.textContent).toContain('Heed’s pixel turned on');
    expect(container.textContent).toContain('Signals Heed notices');
    expect(container.textContent).toContain('Promised discount missing');
    expect(container.querySelector('ui-title-bar')?.getAttribute('title')).toBe('Live checkouts');
  });

  it('when loading, then a busy skeleton announces it; when it fails, then a banner shows the request id and retrying recovers', async () => {
    let fail = true;
    const {container} = await openAdmin('/live', {
      [`GET ${LIST}`]: () =>
        fail
          ? json(503, {
              error: {
                code: 'STORAGE_UNAVAILABLE',
                message: 'Heed is temporarily unavailable.',
                requestId: 'req-live-1',
              },
            })
          : json(200, {journeys: [PROMO]}),
    });
    await eventually(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain('req-live-1'),
    );
    expect(container.textContent).toContain('Heed couldn’t load recent checkouts');
    fail = false;
    await click(pageButton(container, 'Try again'));
    await eventually(() => expect(rows(container)).toHaveLength(1));
  });
});

// ---- Live updates -----------------------------------------------------------------------------

describe('live updates', () => {
  it('when a journey event arrives while rows are shown, then the rows stay put, a button says 1 new checkout, and showing it puts the row at the top, highlighted and announced politely', async () => {
    const {container, streams, journeyQueries} = await openAdmin('/live', {
      [`GET ${LIST}`]: ok({journeys: [COMPLETED]}),
    });
    await eventually(() => expect(liveStatus(container)).toBe('connected'));
    await eventually(() => expect(rows(container)).toHaveLength(1));

    await streams[0]?.send('journey', PROMO);
    await eventually(() => pageButton(container, '1 new checkout — show'));
    expect(rows(container)).toHaveLength(1);
    expect(rows(container)[0]).not.toContain(PROMO_SENTENCE);
    const region = container.querySelector('[data-live-announcer]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(announced(container)).toBe(
      `New signal: Promised discount not applied. ${PROMO_SENTENCE}`,
    );

    await click(pageButton(container, '1 new checkout — show'));
    expect(rows(container)).toHaveLength(2);
    expect(rows(container)[0]).toContain(PROMO_SENTENCE);
    expect(container.querySelector('tbody tr')?.querySelector('[data-fresh]')).not.toBeNull();
    expect(() => pageButton(container, '1 new checkout — show')).toThrow();
    expect(journeyQueries()).toHaveLength(1);
  });

  it('when the list is empty, then a checkout arriving live shows at once', async () => {
    const {container, streams} = await openAdmin('/live', {[`GET ${LIST}`]: ok({journeys: []})});
    await eventually(() => expect(liveStatus(container)).toBe('connected'));
    await streams[0]?.send('journey', PROMO);
    await eventually(() => expect(rows(container)).toHaveLength(1));
    expect(rows(container)[0]).toContain(PROMO_SENTENCE);
  });

  it('when a signal event names a journey in the list, then its row takes the new sentence at once', async () => {
    const quiet = journey('jrn_000000000000000000000d01', {currentStep: 'shipping'});
    const {container, streams} = await openAdmin('/live', {
      [`GET ${LIST}`]: ok({journeys: [quiet]}),
      // The reconciliation the page asks for when no journey message follows the signal.
      'GET /api/journeys/jrn_000000000000000000000d01': ok({journey: quiet, timeline: []}),
    });
    await eventually(() => expect(liveStatus(container)).toBe('connected'));
    await eventually(() => expect(rows(container)[0]).toContain('Nothing so far'));

    await streams[0]?.send('signal', {
      id: 'sig-1',
      journeyId: quiet.id,
      type: 'stalled',
      severity: 'medium',
      sentence: 'Has not moved on the shipping method step for 12 minutes.',
      occurredAt: NOW,
      campaignId: null,
      resolvedAt: null,
      resolution: null,
    });
    await eventually(() =>
      expect(rows(container)[0]).toContain('Has not moved on the shipping method step'),
    );
    expect(rows(container)[0]).toContain('Stalled on a step');
    expect(announced(container)).toContain('New signal: Stalled on a step.');
  });

  it('when a signal names a journey the list does not hold, then that journey is fetched and offered as new', async () => {
    const {container, streams, requests} = await openAdmin('/live', {
      [`GET ${LIST}`]: ok({journeys: [COMPLETED]}),
      [`GET /api/journeys/${PROMO_ID}`]: ok({journey: PROMO, timeline: []}),
    });
    await eventually(() => expect(liveStatus(container)).toBe('connected'));
    await eventually(() => expect(rows(container)).toHaveLength(1));

    await streams[0]?.send('signal', {
      id: 'sig-2',
      journeyId: PROMO_ID,
      type: 'promo_not_applied',
      severity: 'high',
      sentence: PROMO_SENTENCE,
      occurredAt: NOW,
      campaignId: WINTER.id,
      resolvedAt: null,
      resolution: null,
    });
    await eventually(() => pageButton(container, '1 new checkout — show'), 4_000);
    await click(pageButton(container, '1 new checkout — show'));
    expect(rows(container)).toHaveLength(2);
    expect(rows(container)[0]).toContain(PROMO_SENTENCE);
    expect(requests.filter((r) => r.url.pathname === `/api/journeys/${PROMO_ID}`)).toHaveLength(1);
  });

  it('when a live journey does not match the filters, then the filtered list ignores it', async () => {
    const {container, streams} = await openAdmin('/live?signal=payment_failed', {
      'GET /api/journeys': ok({journeys: [TROUBLED]}),
    });
    await eventually(() => expect(liveStatus(container)).toBe('connected'));
    await eventually(() => expect(rows(container)).toHaveLength(1));
    await streams[0]?.send('journey', PROMO);
    await streams[0]?.send('journey', {...COMPLETED, lastActivityAt: NOW});
    expect(rows(container)).toHaveLength(1);
  });

  it('when the stream ends, then the indicator says reconnecting, and it reconnects with a fresh token and reloads the list', async () => {
    const {container, streams, requests, journeyQueries} = await openAdmin('/live', {
      [`GET ${LIST}`]: ok({journeys: [PROMO]}),
    });
    await eventually(() => expect(liveStatus(container)).toBe('connected'));
    await streams[0]?.end();
    await eventually(() => expect(liveStatus(container)).toBe('reconnecting'));
    expect(container.textContent).toContain('Reconnecting…');

    await eventually(() => expect(liveStatus(container)).toBe('connected'), 3_000);
    const tokens = requests
      .filter((r) => r.url.pathname === '/api/live')
      .map((r) => r.headers.get('authorization'));
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
    await eventually(() => expect(journeyQueries()).toHaveLength(2));
    expect(rows(container)).toHaveLength(1);
  });
});

// ---- Signals a later fact ended ------------------------------------------------------------------

const BOUGHT = 'The shopper bought at 10:52: the checkout completed.';
/** Called abandoned, then the order came: the abandonment ended with the purchase. */
const CAME_RIGHT = journey('jrn_000000000000000000000f01', {
  currentStep: 'completed',
  lastActivityAt: NOW - MINUTE,
  completedAt: NOW - MINUTE,
  signals: [
    signal('sig-left', {
      type: 'abandoned',
      severity: 'high',
      sentence: 'Left checkout on the payment step.',
      occurredAt: NOW - 20 * MINUTE,
      resolvedAt: NOW - MINUTE,
      resolution: BOUGHT,
    }),
  ],
});

describe('ended signals', () => {
  it.each([
    {
      what: 'every signal of a checkout ended',
      row: CAME_RIGHT,
      shows: ['Left checkout', `: ${BOUGHT}`, 'None · 0'],
      hides: ['Nothing went wrong'],
    },
    {
      what: 'the worst signal ended and a milder one is open',
      row: journey('jrn_000000000000000000000f02', {
        score: 15,
        signals: [
          signal('sig-shock', {
            type: 'shipping_shock',
            severity: 'high',
            sentence: 'Left after seeing $40 shipping.',
            occurredAt: NOW - 9 * MINUTE,
            resolvedAt: NOW - 4 * MINUTE,
            resolution: 'Came back to checkout at 10:40.',
          }),
          signal('sig-back', {
            type: 'step_regression',
            severity: 'medium',
            sentence: 'Went back from payment to the delivery address.',
            occurredAt: NOW - 3 * MINUTE,
          }),
        ],
      }),
      shows: ['Went back a step', 'Went back from payment', 'Medium · 15'],
      hides: ['Left after seeing', 'Ended at'],
    },
  ])(
    'when $what, then the row tells what is still open, else how it ended',
    async ({row, shows, hides}) => {
      const {container} = await openAdmin('/live', {[`GET ${LIST}`]: ok({journeys: [row]})});
      await eventually(() => expect(rows(container)).toHaveLength(1));
      for (const text of shows) expect(rows(container)[0]).toContain(text);
      for (const text of hides) expect(rows(container)[0]).not.toContain(text);
    },
  );

  it('when every signal ended, then the row strikes the signal through and says when it ended', async () => {
    const {container} = await openAdmin('/live', {[`GET ${LIST}`]: ok({journeys: [CAME_RIGHT]})});
    await eventually(() => expect(rows(container)).toHaveLength(1));
    const label = Array.from(container.querySelectorAll('tbody tr span')).find(
      (span) => span.textContent === 'Left checkout',
    );
    expect(label?.className).toMatch(/line--through/);
    expect(rows(container)[0]).toMatch(/Ended at \d{1,2}:\d\d/);
  });

  it('when a live signal event ends the signal of a row, then the row shows it ended without a reload, and says so', async () => {
    const open = journey('jrn_000000000000000000000f03', {
      score: 30,
      signals: [
        signal('sig-abandon', {
          type: 'abandoned',
          severity: 'high',
          sentence: 'Left checkout on the payment step.',
          occurredAt: NOW - 5 * MINUTE,
        }),
      ],
    });
    const {container, streams, journeyQueries} = await openAdmin('/live', {
      [`GET ${LIST}`]: ok({journeys: [open]}),
      // The reconciliation the page asks for when no journey message follows the signal.
      [`GET /api/journeys/${open.id}`]: ok({journey: open, timeline: []}),
    });
    await eventually(() => expect(liveStatus(container)).toBe('connected'));
    await eventually(() => expect(rows(container)[0]).toContain('Left checkout on the payment'));

    await streams[0]?.send('signal', {
      id: 'sig-abandon',
      journeyId: open.id,
      type: 'abandoned',
      severity: 'high',
      sentence: 'Left checkout on the payment step.',
      occurredAt: NOW - 5 * MINUTE,
      campaignId: null,
      resolvedAt: NOW,
      resolution: BOUGHT,
    });
    await eventually(() => expect(rows(container)[0]).toContain(BOUGHT));
    expect(rows(container)[0]).not.toContain('Left checkout on the payment');
    expect(announced(container)).toBe(`Signal ended: Left checkout. ${BOUGHT}`);
    expect(journeyQueries()).toHaveLength(1);
  });
});

// ---- The story of one journey ---------------------------------------------------------------

describe('journey detail', () => {
  const TIMELINE = [
    {step: 'contact', at: NOW - 100_000, event: 'checkout_started'},
    {step: 'delivery', at: NOW - 56_000, event: 'checkout_contact_info_submitted'},
    {step: 'shipping', at: NOW - 16_000, event: 'checkout_address_info_submitted'},
    {step: 'payment', at: NOW - 500, event: 'checkout_shipping_info_submitted'},
  ];
  const usd = (amount: number) => ({amount, currencyCode: 'USD'});
  /** The detail of a checkout whose promised code never applied, after a refused code. */
  const FACTS = {
    cart: {
      asOf: NOW - 500,
      source: 'pixel',
      currencyCode: 'USD',
      lines: [
        {
          title: 'Faux Fur Throw',
          variantId: 'gid://shopify/ProductVariant/44910284324974',
          sku: 'FFT-ARC-5060',
          quantity: 2,
          linePrice: usd(240),
          discountAllocations: [],
        },
      ],
      subtotal: usd(240),
      shipping: usd(9.95),
      tax: usd(15.6),
      total: usd(265.55),
      discountsAmount: usd(0),
    },
    codes: {
      tried: [
        {
          code: 'WINTER20',
          message: 'Enter a valid discount code or gift card',
          times: 2,
          firstAt: NOW - 60_000,
          appliedLater: false,
        },
      ],
      applied: [],
      seen: [],
    },
    promise: {
      campaign: {id: WINTER.id, name: WINTER.name, key: 'winter-clearance'},
      campaignKey: 'winter-clearance',
      promised: '20% off the entire order',
      codes: [{code: 'WINTER20', effect: 'absent'}],
      applied: false,
      brokenSignal: {type: 'promo_not_applied', sentence: PROMO_SENTENCE, occurredAt: NOW},
    },
    shopper: {
      customerId: null,
      status: 'unknown',
      basis: 'Shopify tells whether the shopper ordered before once the order is placed.',
      acceptsEmailMarketing: true,
    },
    progress: {current: 'payment', furthest: 'payment'},
    completion: null,
  };
  const DETAIL = {
    journey: {...PROMO, lastActivityAt: NOW - 500},
    timeline: TIMELINE,
    detail: FACTS,
  };
  /** A returning customer's order that went through with the promised code. */
  const KEPT_ID = 'jrn_000000000000000000000e01';
  const KEPT = {
    journey: journey(KEPT_ID, {
      currentStep: 'completed',
      completedAt: NOW - MINUTE,
      campaignKey: 'winter-clearance',
    }),
    timeline: TIMELINE,
    detail: {
      ...FACTS,
      cart: {
        ...FACTS.cart,
        lines: [
          {
            ...FACTS.cart.lines[0],
            discountAllocations: [{code: 'WINTER20', type: 'DISCOUNT_CODE', amount: usd(48)}],
          },
        ],
        discountsAmount: usd(48),
        total: usd(217.55),
      },
      codes: {
        tried: [],
        applied: [
          {code: 'WINTER20', type: 'DISCOUNT_CODE', targetType: 'LINE_ITEM', amount: usd(48)},
          {code: 'Free mittens', type: 'AUTOMATIC', targetType: 'LINE_ITEM', amount: usd(5)},
        ],
        seen: ['WINTER20'],
      },
      promise: {
        ...FACTS.promise,
        codes: [{code: 'WINTER20', effect: 'applied'}],
        applied: true,
        brokenSignal: null,
      },
      shopper: {
        customerId: 'gid://shopify/Customer/7788990011',
        status: 'returning',
        basis: 'Shopify said this order isn’t the customer’s first.',
        acceptsEmailMarketing: false,
      },
      progress: {current: 'completed', furthest: 'completed'},
      completion: {at: NOW - MINUTE, orderId: 'gid://shopify/Order/6123456789012'},
    },
  };
  const cartCard = (container: HTMLElement) =>
    container.querySelector('section[aria-label="Cart"]')?.textContent ?? '';

  it('when a row is clicked, then its story reads step by step with time spent and the signal in words', async () => {
    const {container} = await openAdmin('/live', {
      [`GET ${LIST}`]: ok({journeys: [PROMO]}),
      [`GET /api/journeys/${PROMO_ID}`]: ok(DETAIL),
    });
    await eventually(() => expect(rows(container)).toHaveLength(1));
    await act(async () => container.querySelector<HTMLAnchorElement>('tbody tr a')?.click());
    expect(window.location.pathname).toBe(`/live/${PROMO_ID}`);
    await eventually(() => expect(container.textContent).toContain('What happened'));

    const items = Array.from(container.querySelectorAll('ol > li')).map((li) => li.textContent);
    expect(items).toHaveLength(6);
    expect(items[0]).toContain('Started checkout');
    expect(items[1]).toContain('Entered contact details');
    expect(items[1]).toContain('After 44 s on contact details');
    expect(items[2]).toContain('After 40 s on the delivery address');
    expect(items[3]).toContain('Chose a shipping method');
    expect(items[3]).toContain('After 16 s on the shipping method');
    // By time: the shopper was last active two minutes ago, the signal was raised just now.
    expect(items[4]).toContain('Last seen on payment');
    expect(items[5]).toContain('Promised discount not applied');
    expect(items[5]).toContain(PROMO_SENTENCE);
    expect(container.textContent).toContain('Winter clearance — 20% off everything');
    expect(container.textContent).toContain(`+30 Promised discount not applied`);
    expect(container.querySelector('ui-title-bar')?.getAttribute('title')).toMatch(
      /^Checkout started /,
    );
  });

  it('when a signal ended, then the story keeps it where it happened, struck through with what ended it, and the score counts nothing', async () => {
    const ended = {
      ...DETAIL,
      journey: {
        ...CAME_RIGHT,
        id: PROMO_ID,
        score: 0,
        reasons: [],
      },
    };
    const {container} = await openAdmin(`/live/${PROMO_ID}`, {
      [`GET /api/journeys/${PROMO_ID}`]: ok(ended),
    });
    await eventually(() => expect(container.textContent).toContain('What happened'));
    const items = Array.from(container.querySelectorAll('ol > li'));
    const left = items.find((li) => li.textContent?.includes('Left checkout'));
    expect(left?.textContent).toContain('Ended');
    expect(left?.textContent).toMatch(new RegExp(`Ended at \\d{1,2}:\\d\\d.*: ${BOUGHT}`));
    expect(left?.querySelector('[class*="line--through"]')?.textContent).toBe('Left checkout');
    expect(container.textContent).toContain('Nothing open: every signal has ended.');
    expect(container.textContent).toContain('None · 0');
  });

  it('when a promised code never applied after a refused code, then the Cart card shows the lines, totals, the code tried with its message and the promise not kept', async () => {
    const {container, unexpected} = await openAdmin(`/live/${PROMO_ID}`, {
      [`GET /api/journeys/${PROMO_ID}`]: ok(DETAIL),
    });
    await eventually(() => expect(cartCard(container)).toContain('Faux Fur Throw'));
    const cart = cartCard(container);
    expect(cart).toContain('Qty 2 · SKU FFT-ARC-5060');
    expect(cart).toContain('$240.00');
    expect(cart).toContain('Shipping$9.95');
    expect(cart).toContain('Tax$15.60');
    expect(cart).toContain('Total$265.55');
    expect(cart).not.toContain('Discounts');
    expect(cart).toContain('Promise not kept');
    expect(cart).toContain(
      '20% off the entire order from the “Winter clearance — 20% off everything” email',
    );
    expect(cart).toContain('WINTER20: not in the checkout');
    expect(cart).toContain('WINTER20: “Enter a valid discount code or gift card” · Entered twice');
    expect(cart).toContain('No discount took anything off.');
    const summary = container.textContent ?? '';
    expect(summary).toContain('New or returning: not known yet');
    expect(summary).not.toContain('New customer');
    expect(summary).toContain('Accepts email marketing');
    expect(unexpected).toEqual([]);
  });

  it('when a returning customer’s order went through with the promised code, then the page says promise kept, the codes applied and returning customer', async () => {
    const {container} = await openAdmin(`/live/${KEPT_ID}`, {
      [`GET /api/journeys/${KEPT_ID}`]: ok(KEPT),
    });
    await eventually(() => expect(cartCard(container)).toContain('Promise kept'));
    const cart = cartCard(container);
    expect(cart).not.toContain('Promise not kept');
    expect(cart).toContain('WINTER20: applied');
    expect(cart).toContain('WINTER20 −$48.00');
    expect(cart).toContain('Free mittens −$5.00 · automatic discount');
    expect(cart).toContain('Discounts−$48.00');
    expect(cart).toContain('Total$217.55');
    expect(cart).toContain('Checkout refused no code.');
    const summary = container.textContent ?? '';
    expect(summary).toContain('Returning customer');
    expect(summary).toContain('Shopify said this order isn’t the customer’s first.');
    expect(summary).toContain('Doesn’t accept email marketing');
  });

  it('when Heed has seen no cart yet, then the Cart card says so instead of showing empty totals', async () => {
    const bare = {
      ...DETAIL,
      detail: {...FACTS, cart: null, codes: {tried: [], applied: [], seen: []}, promise: null},
    };
    const {container} = await openAdmin(`/live/${PROMO_ID}`, {
      [`GET /api/journeys/${PROMO_ID}`]: ok(bare),
    });
    await eventually(() =>
      expect(cartCard(container)).toContain('Heed hasn’t seen this checkout’s cart yet.'),
    );
    expect(cartCard(container)).not.toContain('Total');
    expect(cartCard(container)).not.toContain('Promised offer');
  });

  it('when a story is opened from a filtered list, then its breadcrumb returns to the same filtered list', async () => {
    const {container, journeyQueries} = await openAdmin('/live?signal=promo_not_applied&hours=1', {
      'GET /api/journeys': ok({journeys: [PROMO]}),
      [`GET /api/journeys/${PROMO_ID}`]: ok(DETAIL),
    });
    await eventually(() => expect(rows(container)).toHaveLength(1));
    await act(async () => container.querySelector<HTMLAnchorElement>('tbody tr a')?.click());
    expect(window.location.pathname).toBe(`/live/${PROMO_ID}`);
    expect(window.location.search).toBe('?signal=promo_not_applied&hours=1');
    await eventually(() => expect(container.textContent).toContain('What happened'));
    const back = container.querySelector<HTMLButtonElement>(
      'ui-title-bar button[variant="breadcrumb"]',
    );
    await act(async () => back?.click());
    expect(window.location.pathname).toBe('/live');
    expect(window.location.search).toBe('?signal=promo_not_applied&hours=1');
    await eventually(() =>
      expect(journeyQueries().at(-1)).toBe('?sinceHours=1&limit=50&signal=promo_not_applied'),
    );
  });

  it('when the journey is gone, then the page says so and offers the way back', async () => {
    const {container} = await openAdmin(`/live/${PROMO_ID}`, {
      [`GET /api/journeys/${PROMO_ID}`]: () =>
        json(404, {error: {code: 'NOT_FOUND', message: 'Journey not found', requestId: 'r-404'}}),
    });
    await eventually(() =>
      expect(container.textContent).toContain('This checkout isn’t here anymore'),
    );
    expect(
      Array.from(container.querySelectorAll('a'))
        .find((a) => a.textContent === 'Back to live checkouts')
        ?.getAttribute('href'),
    ).toBe('/live');
  });
});

describe('pixel status', () => {
  const LIST_ROUTE = {[`GET ${LIST}`]: ok({journeys: []})};
  const PIXEL_OFF = {...PIXEL_WORKING, pixel: {active: false}};
  const banners = (container: HTMLElement) =>
    Array.from(container.querySelectorAll('h2')).map((h) => h.textContent ?? '');

  it('when the pixel is on and checkouts arrive, then no status banner shows', async () => {
    const {container, unexpected} = await openAdmin('/live', LIST_ROUTE);
    await eventually(() => expect(container.textContent).toContain('No checkouts'));
    expect(banners(container).join('|')).not.toMatch(/pixel is off|could not be read|Waiting/);
    expect(unexpected).toEqual([]);
  });

  it('when the pixel is off, then the merchant can turn it on from the page and the banner goes', async () => {
    let statusAnswers = 0;
    const {container, requests} = await openAdmin('/live', {
      ...LIST_ROUTE,
      'GET /api/pixel/status': () => json(200, statusAnswers++ === 0 ? PIXEL_OFF : PIXEL_WORKING),
      'POST /api/pixel/activate': ok(PIXEL_WORKING),
    });
    await eventually(() => expect(banners(container)).toContain('Heed’s checkout pixel is off'));
    await click(pageButton(container, 'Turn the pixel on'));
    await eventually(() =>
      expect(banners(container)).not.toContain('Heed’s checkout pixel is off'),
    );
    expect(requests.filter((r) => r.url.pathname === '/api/pixel/activate')).toHaveLength(1);
    expect(statusAnswers).toBe(2);
  });

  it('when turning the pixel on fails, then the banner stays and says why, with the request id', async () => {
    const {container} = await openAdmin('/live', {
      ...LIST_ROUTE,
      'GET /api/pixel/status': ok(PIXEL_OFF),
      'POST /api/pixel/activate': () =>
        json(502, {
          error: {
            code: 'SHOPIFY_UNAVAILABLE',
            message: 'Shopify could not be reached; retry later.',
            requestId: 'req-pixel-1',
          },
        }),
    });
    await eventually(() => expect(banners(container)).toContain('Heed’s checkout pixel is off'));
    await click(pageButton(container, 'Turn the pixel on'));
    await eventually(() =>
      expect(container.textContent).toContain(
        'It could not be turned on: Shopify could not be reached; retry later. (request ID req-pixel-1)',
      ),
    );
    expect(banners(container)).toContain('Heed’s checkout pixel is off');
  });

  it('when the pixel is on but no checkout came yet, then the page says it is waiting', async () => {
    const {container} = await openAdmin('/live', {
      ...LIST_ROUTE,
      'GET /api/pixel/status': ok({
        ...PIXEL_WORKING,
        checkouts: {last24h: 0, lastActivityAt: null},
      }),
    });
    await eventually(() => expect(banners(container)).toContain('Waiting for the first checkout'));
  });

  it('when events were set aside, then the merchant sees how many and the latest reasons', async () => {
    const {container} = await openAdmin('/live', {
      ...LIST_ROUTE,
      'GET /api/pixel/status': ok({
        ...PIXEL_WORKING,
        quarantined: {
          last24h: 2,
          recent: [
            {reason: 'timestamp: Invalid ISO datetime', receivedAt: NOW - MINUTE},
            {reason: 'event larger than 32768 bytes', receivedAt: NOW - 2 * MINUTE},
          ],
        },
      }),
    });
    await eventually(() =>
      expect(banners(container)).toContain(
        '2 checkout events in the last 24 hours could not be read',
      ),
    );
    const reasons = Array.from(container.querySelectorAll('li')).map((li) => li.textContent);
    expect(reasons).toEqual(
      expect.arrayContaining(['timestamp: Invalid ISO datetime', 'event larger than 32768 bytes']),
    );
  });
});
