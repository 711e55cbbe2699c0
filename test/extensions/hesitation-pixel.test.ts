import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {
  createBatcher,
  FLUSH_AFTER_MS,
  MAX_BATCH_EVENTS,
} from '../../extensions/hesitation-pixel/src/batcher';
import {toForwarded} from '../../extensions/hesitation-pixel/src/forward';
import {createSender, MAX_RETRY_WAIT_MS} from '../../extensions/hesitation-pixel/src/sender';

type Handler = (event: unknown) => void;
type Extension = (api: {
  analytics: {subscribe(name: string, handler: Handler): void};
  settings: Record<string, string>;
  init: {data: {shop: {myshopifyDomain: string}}};
}) => void;

const registered: {extension?: Extension} = {};
vi.mock('@shopify/web-pixels-extension', () => ({
  register: (extension: Extension) => {
    registered.extension = extension;
  },
}));

const event = (name: string, extra: Record<string, unknown> = {}) => ({
  id: `sh-${name}-${Math.random()}`,
  name,
  type: 'standard',
  timestamp: '2026-11-23T10:00:00.000Z',
  clientId: 'client-1',
  seq: 1,
  context: {
    document: {location: {href: 'https://shop.example/checkouts/cn/abc'}},
    navigator: {userAgent: 'x'},
  },
  data: {checkout: {token: 'tok-1'}},
  ...extra,
});

describe('what the pixel forwards', () => {
  it('when an event arrives, then it is forwarded as Shopify sent it, minus the browser context', () => {
    const forwarded = toForwarded(event('checkout_started'));
    expect(forwarded).not.toHaveProperty('context');
    expect(forwarded).toMatchObject({
      name: 'checkout_started',
      clientId: 'client-1',
      seq: 1,
      data: {checkout: {token: 'tok-1'}},
    });
  });

  it('when a shopper types into a field, then the element is forwarded but never what they typed', () => {
    const typed = toForwarded(
      event('input_changed', {
        type: 'dom',
        data: {
          element: {
            id: 'email',
            name: 'email',
            tagName: 'INPUT',
            type: 'email',
            value: 'marie@example.com',
          },
        },
      }),
    );
    expect(JSON.stringify(typed)).not.toContain('marie@example.com');
    expect(typed.data).toEqual({
      element: {id: 'email', name: 'email', tagName: 'INPUT', type: 'email'},
    });
  });
});

describe('batching', () => {
  const setup = () => {
    const sent: unknown[][] = [];
    const timers: Array<() => void> = [];
    const batcher = createBatcher({
      send: (events) => sent.push(events),
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => undefined,
    });
    return {sent, timers, batcher};
  };

  it('when events trickle in, then they go together when the short timer fires', () => {
    const {sent, timers, batcher} = setup();
    batcher.add(event('checkout_started'));
    batcher.add(event('checkout_contact_info_submitted'));
    expect(sent).toEqual([]);
    timers[0]?.();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toHaveLength(2);
  });

  it('when the batch is full, then it is sent at once', () => {
    const {sent, batcher} = setup();
    for (let i = 0; i < MAX_BATCH_EVENTS; i += 1) batcher.add(event('input_changed'));
    expect(sent).toHaveLength(1);
  });

  it('when the checkout completes, then everything pending is sent at once', () => {
    const {sent, batcher} = setup();
    batcher.add(event('payment_info_submitted'));
    batcher.add(event('checkout_completed'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toHaveLength(2);
  });
});

describe('how the pixel sends', () => {
  const answers = (...replies: Array<{status: number; retryAfter?: string} | Error>) => {
    const bodies: string[] = [];
    const timers: Array<{fn: () => void; ms: number}> = [];
    const send = createSender({
      post: async (body) => {
        bodies.push(body);
        const reply = replies.shift() ?? {status: 200};
        if (reply instanceof Error) throw reply;
        return {status: reply.status, retryAfter: reply.retryAfter ?? null};
      },
      setTimer: (fn, ms) => timers.push({fn, ms}),
    });
    return {send, bodies, timers};
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('when Heed takes the batch, then it is sent once', async () => {
    const {send, bodies, timers} = answers({status: 200});
    send('batch');
    await settle();
    expect(bodies).toEqual(['batch']);
    expect(timers).toEqual([]);
  });

  it('when Heed is busy, then the batch goes once more after the wait it names, and a second refusal is final', async () => {
    const {send, bodies, timers} = answers(
      {status: 503, retryAfter: '2'},
      {status: 503, retryAfter: '2'},
    );
    send('batch');
    await settle();
    expect(timers.map((t) => t.ms)).toEqual([2_000]);
    timers[0]?.fn();
    await settle();
    expect(bodies).toEqual(['batch', 'batch']);
    expect(timers).toHaveLength(1);
  });

  it('when a shop is over its rate and Heed asks for a long wait, then the pixel waits ten seconds at most', async () => {
    const {send, timers} = answers({status: 429, retryAfter: '120'});
    send('batch');
    await settle();
    expect(timers.map((t) => t.ms)).toEqual([MAX_RETRY_WAIT_MS]);
  });

  it('when Heed refuses the batch as wrong, or the network fails, then it is not sent again', async () => {
    for (const reply of [{status: 400}, {status: 403}, {status: 413}, new Error('offline')]) {
      const {send, bodies, timers} = answers(reply);
      send('batch');
      await settle();
      expect(bodies).toHaveLength(1);
      expect(timers).toEqual([]);
    }
  });
});

describe('the registered pixel', () => {
  const handlers = new Map<string, Handler>();
  const fetchCalls: Array<{url: string; init: RequestInit}> = [];

  beforeEach(async () => {
    vi.useFakeTimers();
    fetchCalls.length = 0;
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      fetchCalls.push({url, init});
      return Promise.resolve(new Response(null, {status: 200}));
    });
    await import('../../extensions/hesitation-pixel/src/index');
    registered.extension?.({
      analytics: {subscribe: (name, handler) => handlers.set(name, handler)},
      settings: {ingestUrl: 'https://heed.example.com/api/pixel/events', ingestKey: 'k'.repeat(32)},
      init: {data: {shop: {myshopifyDomain: 'fabulous-furs.myshopify.com'}}},
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('when it starts, then it listens to the checkout steps, the alerts, the DOM events and custom events', () => {
    expect([...handlers.keys()]).toEqual(
      expect.arrayContaining([
        'checkout_started',
        'checkout_completed',
        'alert_displayed',
        'ui_extension_errored',
        'input_changed',
        'all_custom_events',
      ]),
    );
  });

  it('when Heed answers 503 with Retry-After, then the same batch is posted again after that wait', async () => {
    let busy = true;
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      fetchCalls.push({url, init});
      const status = busy ? 503 : 200;
      busy = false;
      return Promise.resolve(new Response(null, {status, headers: {'Retry-After': '3'}}));
    });
    handlers.get('checkout_completed')?.(event('checkout_completed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchCalls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(fetchCalls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchCalls).toHaveLength(2);
    expect(fetchCalls[1]?.init.body).toBe(fetchCalls[0]?.init.body);
  });

  it('when events happen, then one keepalive text/plain request carries them to Heed with the shop and its key', () => {
    handlers.get('checkout_started')?.(event('checkout_started'));
    handlers.get('all_custom_events')?.(
      event('heed:promo_not_applied', {type: 'custom', customData: {code: 'WINTER20'}}),
    );
    handlers.get('all_custom_events')?.(event('other_app:thing', {type: 'custom'}));
    vi.advanceTimersByTime(FLUSH_AFTER_MS);
    expect(fetchCalls).toHaveLength(1);
    const [call] = fetchCalls;
    expect(call?.url).toBe('https://heed.example.com/api/pixel/events');
    expect(call?.init).toMatchObject({
      method: 'POST',
      keepalive: true,
      headers: {'Content-Type': 'text/plain'},
    });
    const body = JSON.parse(String(call?.init.body)) as {
      shop: string;
      key: string;
      events: Array<{name: string}>;
    };
    expect(body.shop).toBe('fabulous-furs.myshopify.com');
    expect(body.key).toHaveLength(32);
    expect(body.events.map((e) => e.name)).toEqual(['checkout_started', 'heed:promo_not_applied']);
  });
});
