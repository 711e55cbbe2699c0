/**
 * Heed's theme embed: records the landing campaign as cart attributes, keeps the campaign's code on
 * the cart and says so in a bar. Served as-is by Shopify's CDN (no build), budget 5 KB gzip.
 * Any failure ends quietly: the storefront must never break.
 */
(() => {
  'use strict';

  const STORAGE_KEY = 'heed:attribution';
  const OFFER_PATH = '/apps/heed/offer';
  const RECHECK_AFTER_MS = 5000;
  // The server reads these keys; the underscore hides them from buyers.
  const ATTRIBUTES = {
    campaign: '_heed_utm_campaign',
    source: '_heed_utm_source',
    medium: '_heed_utm_medium',
    code: '_heed_discount_code',
    landedAt: '_heed_landed_at',
  };
  const FIELDS = ['campaign', 'source', 'medium', 'code'];
  const upper = (code) => String(code).toUpperCase();

  // --- Pure parts ---

  /** The campaign a URL (and a discount link's cookie) carries, or null. */
  function parseLanding(href, cookie, now) {
    const query = new URL(href).searchParams;
    const take = (value) => (value || '').trim().slice(0, 255);
    const pair = cookie.split('; ').find((part) => part.startsWith('discount_code='));
    let cookieCode = '';
    try {
      cookieCode = pair ? decodeURIComponent(pair.slice(14)) : '';
    } catch {
      // Malformed: no code.
    }
    const landing = {
      campaign: take(query.get('utm_campaign')),
      source: take(query.get('utm_source')),
      medium: take(query.get('utm_medium')),
      // `/discount/CODE` links set the cookie; `?discount=` is fresher.
      code: take(query.get('discount') || cookieCode),
      landedAt: new Date(now).toISOString(),
    };
    return landing.campaign || landing.code ? landing : null;
  }

  /** Adds or replaces values, never blanks one (the cart may hold an earlier visit's campaign).
   * Null when nothing changes, so reloads and later pages write nothing. */
  function mergeAttribution(stored, landing) {
    const merged = {landedAt: landing.landedAt};
    for (const field of FIELDS) merged[field] = landing[field] || (stored && stored[field]) || '';
    return stored && FIELDS.every((field) => merged[field] === stored[field]) ? null : merged;
  }

  /** `{applied: true}`, `{apply: 'CODES'}` or `{}`. Keeps the cart's other codes (`discount`
   * replaces them all); an empty cart waits for something to apply the code to. */
  function planDiscount(cart, code, mayApply) {
    const codes = Array.isArray(cart.discount_codes) ? cart.discount_codes : [];
    const ours = (entry) => upper(entry.code) === upper(code);
    if (codes.some((entry) => ours(entry) && entry.applicable === true)) return {applied: true};
    if (!mayApply || !cart.item_count) return {};
    return {apply: [...codes.filter((entry) => !ours(entry)).map((e) => e.code), code].join(',')};
  }

  /** The block's message with the offer worded in the shopper's locale (`text`: its dataset). */
  function offerMessage(offer, text) {
    const formats = {
      percentage: [{style: 'percent', maximumFractionDigits: 2}, offer.value / 100],
      fixed_amount: [{style: 'currency', currency: offer.currencyCode}, offer.value],
    };
    const [format, value] = (typeof offer.value === 'number' && formats[offer.kind]) || [];
    let phrase = offer.kind === 'free_shipping' ? text.offerFreeShipping : text.offerGeneric;
    try {
      if (format) {
        const amount = new Intl.NumberFormat(text.locale || undefined, format).format(value);
        phrase = text.offerAmount.split('{value}').join(amount);
      }
    } catch {
      // Unknown locale or currency: named without its number.
    }
    return text.message.split('{offer}').join(phrase);
  }

  // --- Edges ---

  function loadState() {
    try {
      return JSON.parse(window.sessionStorage.getItem(STORAGE_KEY)) || {};
    } catch {
      return {};
    }
  }

  function saveState(state) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Storage off: this page still works.
    }
  }

  /** JSON from a same-origin path, or null on any failure. */
  async function request(path, body) {
    const headers = {'Content-Type': 'application/json'};
    try {
      const response = await fetch(
        path,
        body && {method: 'POST', headers, body: JSON.stringify(body)},
      );
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    }
  }

  /** The live region is in the block's markup from the start, so screen readers announce it. */
  function createBar(root, onDismiss) {
    const status = root.querySelector('[role="status"]');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'heed-bar__close';
    close.setAttribute('aria-label', root.dataset.dismissLabel);
    close.textContent = '×';
    const hide = () => {
      root.classList.remove('heed-bar--open');
      status.textContent = '';
      close.remove();
    };
    close.addEventListener('click', () => {
      hide();
      onDismiss();
    });
    const show = (message) => {
      // Unchanged text is left alone, so a re-check is not announced again.
      if (status.textContent !== message) status.textContent = message;
      root.classList.add('heed-bar--open');
      root.append(close);
    };
    return status && {show, hide};
  }

  async function run(root) {
    const text = root.dataset;
    // The theme editor previews the bar with a sample offer.
    if ('preview' in text) {
      const preview = createBar(root, () => {});
      return preview && preview.show(offerMessage({kind: 'percentage', value: 20}, text));
    }

    const state = loadState();
    const landing = parseLanding(window.location.href, document.cookie, Date.now());
    const merged = landing && mergeAttribution(state.attribution, landing);
    const cartRoot = (window.Shopify && window.Shopify.routes && window.Shopify.routes.root) || '/';
    let recorded = null;
    if (merged) {
      // A new campaign gets its own chance: a new offer, the bar, the code.
      saveState(Object.assign(state, {attribution: merged, dismissed: false, declined: false}));
      const attributes = {};
      for (const [field, key] of Object.entries(ATTRIBUTES))
        if (merged[field]) attributes[key] = merged[field]; // '' deletes one
      recorded = request(cartRoot + 'cart/update.js', {attributes});
    }
    const attribution = state.attribution;
    if (!attribution) return;

    const onCart = text.template === 'cart';
    const dismiss = () => saveState(Object.assign(state, {dismissed: true}));
    const bar = onCart && !state.dismissed && createBar(root, dismiss);
    const offerKey = attribution.campaign + '|' + attribution.code;
    let offer = state.offerFor === offerKey ? state.offer : undefined;
    let triedThisView = false;
    let checkedAt = 0;
    let queue = Promise.resolve();

    const loadOffer = async () => {
      const url = new URL(OFFER_PATH, window.location.origin);
      if (attribution.campaign) url.searchParams.set('campaign', attribution.campaign);
      if (attribution.code) url.searchParams.set('code', attribution.code);
      const body = await request(url.pathname + url.search);
      if (!body) return null; // Not remembered: asked again later.
      const found = body.offer;
      offer = found && typeof found.code === 'string' && found.code ? found : null;
      saveState(Object.assign(state, {offer, offerFor: offerKey}));
      return offer;
    };

    const check = async () => {
      checkedAt = Date.now();
      const current = offer === undefined ? await loadOffer() : offer;
      if (!current) return;
      const cartUrl = cartRoot + 'cart.js';
      let cart = await request(cartUrl);
      if (!cart) return;
      let plan = planDiscount(cart, current.code, !triedThisView && !state.declined);
      if (plan.apply) {
        // Once per page view: never a loop.
        triedThisView = true;
        const updated = await request(cartRoot + 'cart/update.js', {discount: plan.apply});
        cart = updated && (await request(cartUrl));
        plan = cart ? planDiscount(cart, current.code, false) : {};
      }
      if (!bar || state.dismissed) return;
      if (plan.applied) bar.show(offerMessage(current, text));
      else bar.hide(); // No nagging: checkout and staff take over.
    };
    // One at a time: two checks never write the codes at once.
    const enqueue = () => (queue = queue.then(check).catch(() => {}));

    // Standard storefront events; themes without them wait for the next cart page view.
    // https://shopify.dev/docs/api/storefront-events-and-actions/events/listen
    const afterCartChange = (event) => Promise.resolve(event.promise).then(enqueue, () => {});
    document.addEventListener('shopify:cart:lines-update', afterCartChange);
    document.addEventListener('shopify:cart:discount-update', (event) => {
      const codes = event.discountCodes;
      // The shopper set codes without ours: their choice, never undone.
      if (offer && Array.isArray(codes) && !codes.some((e) => upper(e.code) === upper(offer.code)))
        saveState(Object.assign(state, {declined: true}));
      afterCartChange(event);
    });
    if (bar) {
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && Date.now() - checkedAt > RECHECK_AFTER_MS)
          enqueue();
      });
      // A page restored from the back-forward cache runs no script: check it again.
      window.addEventListener('pageshow', (event) => event.persisted && enqueue());
    }

    // The landing and the cart check now; other pages wait for a cart change.
    if (recorded || onCart) {
      await recorded;
      await enqueue();
    }
  }

  // For tests only; storefronts never set it.
  const hook = window.__heedAttribution;
  if (hook) Object.assign(hook, {parseLanding, mergeAttribution, planDiscount, offerMessage});

  const root = document.getElementById('heed-attribution');
  if (root) run(root).catch(() => {});
})();
