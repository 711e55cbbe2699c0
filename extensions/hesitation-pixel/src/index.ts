import {register} from '@shopify/web-pixels-extension';
import {createBatcher} from './batcher';
import {createSender} from './sender';
import {
  CHECKOUT_EVENTS,
  DOM_EVENTS,
  HEED_EVENT_PREFIX,
  toForwarded,
  type ShopifyEvent,
} from './forward';

register(({analytics, settings, init}) => {
  const shop = init.data.shop.myshopifyDomain;
  const {ingestUrl, ingestKey} = settings as {ingestUrl?: string; ingestKey?: string};
  if (!ingestUrl || !ingestKey) return;

  const send = createSender({
    // text/plain keeps the request simple (no CORS preflight); keepalive lets it outlive the page.
    post: (body) =>
      fetch(ingestUrl, {
        method: 'POST',
        keepalive: true,
        headers: {'Content-Type': 'text/plain'},
        body,
      }).then((response) => ({
        status: response.status,
        retryAfter: response.headers.get('Retry-After'),
      })),
    setTimer: (fn, ms) => setTimeout(fn, ms),
  });
  const batcher = createBatcher({
    send: (events) => send(JSON.stringify({shop, key: ingestKey, events})),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  });
  const forward = (event: unknown) => batcher.add(toForwarded(event as ShopifyEvent));

  for (const name of [...CHECKOUT_EVENTS, ...DOM_EVENTS]) analytics.subscribe(name, forward);
  analytics.subscribe('all_custom_events', (event) => {
    if (typeof event.name === 'string' && event.name.startsWith(HEED_EVENT_PREFIX)) forward(event);
  });
});
