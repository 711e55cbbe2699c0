/*
 * Heed demo mode only: a local stand-in for Shopify's App Bridge
 * (https://cdn.shopify.com/shopifycloud/app-bridge.js), so the admin runs in an ordinary browser
 * without a Shopify account. The server serves this file, and rewrites index.html to load it, only
 * in demo mode; production always loads the real script from Shopify's CDN.
 *
 * It provides the part of App Bridge that Heed uses: the `shopify` global (config, idToken, toast,
 * loading, environment, resourcePicker — in resource-picker.js) and the `ui-nav-menu` and `ui-title-bar` elements, which Shopify admin would
 * draw around the app's iframe and which this file draws at the top of the page instead.
 *
 * Plain browser JavaScript with no build step: it is served as it is written.
 */
/* global URLSearchParams, MutationObserver, Element */
(function installDemoAppBridge() {
  'use strict';

  if (window.shopify) return;

  // The simulator's demo shop (web/simulator/demo-shop.ts); the server signs its session tokens.
  const DEMO_SHOP = 'fabulous-furs.myshopify.com';
  const SESSION_TOKEN_PATH = '/demo/session-token';
  /** A token is replaced this long before it expires, so a request never leaves with a dying token. */
  const TOKEN_REFRESH_MARGIN_MS = 10_000;
  const TOAST_DURATION_MS = 5_000;
  const APP_NAME = 'Heed';
  const DEMO_NOTICE = 'Demo mode — a simulated shop, no Shopify account needed';

  const query = new URLSearchParams(window.location.search);
  const apiKeyTag = document.querySelector('meta[name="shopify-api-key"]');

  const config = Object.freeze({
    apiKey: apiKeyTag ? apiKeyTag.getAttribute('content') || '' : '',
    shop: query.get('shop') || DEMO_SHOP,
    host: query.get('host') || undefined,
    locale: 'en',
  });

  // ---- Session tokens -----------------------------------------------------------------------------

  let cachedToken = null; // {token, refreshAt}
  let pendingToken = null;

  /** Like App Bridge's `shopify.idToken()`: a session token the server verifies like a real one. */
  function idToken() {
    if (cachedToken && Date.now() < cachedToken.refreshAt)
      return Promise.resolve(cachedToken.token);
    if (!pendingToken) {
      pendingToken = fetchSessionToken().finally(() => {
        pendingToken = null;
      });
    }
    return pendingToken;
  }

  async function fetchSessionToken() {
    const response = await fetch(SESSION_TOKEN_PATH, {
      headers: {Accept: 'application/json'},
      cache: 'no-store',
    });
    if (!response.ok)
      throw new Error(`The demo server refused a session token (HTTP ${response.status}).`);
    const body = await response.json();
    if (!body || typeof body.token !== 'string')
      throw new Error('The demo server answered without a session token.');
    const expiresAt = expiryOf(body.token);
    cachedToken =
      expiresAt === null
        ? null
        : {token: body.token, refreshAt: expiresAt - TOKEN_REFRESH_MARGIN_MS};
    return body.token;
  }

  /** The JWT's `exp` in milliseconds, or null when it cannot be read (then the token is not cached). */
  function expiryOf(token) {
    try {
      const part = token.split('.')[1] || '';
      const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
      const claims = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
      return typeof claims.exp === 'number' ? claims.exp * 1000 : null;
    } catch {
      return null;
    }
  }

  // ---- Page chrome: demo notice, title bar, navigation, toasts ------------------------------------

  const STYLE = `
    .heed-demo-chrome { font-family: -apple-system, BlinkMacSystemFont, 'San Francisco', 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif;
      font-size: 13px; color: #303030; background: #ffffff; border-bottom: 1px solid #e3e3e3; }
    .heed-demo-notice { margin: 0; padding: 6px 16px; background: #ffd6a4; color: #4f2e00; text-align: center; font-weight: 600; }
    .heed-demo-topbar { display: flex; align-items: center; gap: 12px; padding: 10px 16px; background: #1a1a1a; color: #e3e3e3; }
    .heed-demo-app { font-weight: 650; color: #ffffff; }
    .heed-demo-shop { color: #b5b5b5; }
    .heed-demo-titlebar { display: flex; align-items: center; justify-content: space-between; gap: 12px; padding: 12px 16px 4px; }
    .heed-demo-heading { display: flex; align-items: center; gap: 6px; min-width: 0; }
    .heed-demo-title { margin: 0; font-size: 20px; line-height: 28px; font-weight: 700; color: #303030; }
    .heed-demo-breadcrumb { font: inherit; font-size: 20px; line-height: 28px; font-weight: 600; padding: 0 2px; border: 0; border-radius: 6px;
      background: none; color: #616161; cursor: pointer; }
    .heed-demo-breadcrumb:hover { color: #303030; background: #f1f1f1; }
    .heed-demo-breadcrumbs { display: flex; align-items: center; gap: 6px; }
    .heed-demo-breadcrumbs:empty { display: none; }
    .heed-demo-separator { font-size: 20px; line-height: 28px; color: #8a8a8a; }
    .heed-demo-actions { display: flex; gap: 8px; }
    .heed-demo-actions button { font: inherit; padding: 6px 12px; border-radius: 8px; border: 1px solid #c9c9c9; background: #ffffff; cursor: pointer; }
    .heed-demo-actions button[data-variant='primary'] { background: #303030; border-color: #303030; color: #ffffff; }
    .heed-demo-nav ul { display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 4px 12px 8px; list-style: none; }
    .heed-demo-nav a { display: block; padding: 6px 10px; border-radius: 8px; color: #303030; text-decoration: none; font-weight: 550; }
    .heed-demo-nav a:hover { background: #f1f1f1; }
    .heed-demo-nav a:focus-visible { outline: 2px solid #005bd3; outline-offset: 1px; }
    .heed-demo-nav a[aria-current='page'] { background: #ebebeb; color: #000000; }
    .heed-demo-toasts { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 1000;
      display: flex; flex-direction: column; gap: 8px; align-items: center; pointer-events: none; }
    .heed-demo-toast { padding: 10px 16px; border-radius: 10px; background: #1a1a1a; color: #ffffff; font: 13px/20px sans-serif;
      box-shadow: 0 4px 12px rgba(0, 0, 0, 0.25); }
    .heed-demo-toast[data-error] { background: #8e1f0b; }
    ui-nav-menu, ui-title-bar { display: none; }
  `;

  let chrome = null;

  /** Builds the chrome once the body exists; custom elements may connect before DOMContentLoaded. */
  function ensureChrome() {
    if (chrome) return chrome;
    if (!document.body) return null;
    const style = document.createElement('style');
    style.textContent = STYLE;
    document.head.appendChild(style);

    const root = element('div', {class: 'heed-demo-chrome', 'data-heed-demo-chrome': ''});
    const notice = element('p', {class: 'heed-demo-notice', role: 'note'}, DEMO_NOTICE);
    const topbar = element('div', {class: 'heed-demo-topbar'});
    topbar.append(
      element('span', {class: 'heed-demo-app'}, APP_NAME),
      element('span', {class: 'heed-demo-shop'}, config.shop),
    );
    const titlebar = element('div', {class: 'heed-demo-titlebar'});
    const heading = element('div', {class: 'heed-demo-heading'});
    const breadcrumbs = element('span', {class: 'heed-demo-breadcrumbs'});
    const title = element('h1', {class: 'heed-demo-title'}, APP_NAME);
    heading.append(breadcrumbs, title);
    const actions = element('div', {class: 'heed-demo-actions'});
    titlebar.append(heading, actions);
    const nav = element('nav', {class: 'heed-demo-nav', 'aria-label': APP_NAME});
    const navList = element('ul');
    nav.append(navList);
    root.append(notice, topbar, titlebar, nav);
    const toasts = element('div', {
      class: 'heed-demo-toasts',
      role: 'status',
      'aria-live': 'polite',
    });

    document.body.prepend(root);
    document.body.append(toasts);
    chrome = {title, breadcrumbs, actions, navList, toasts};
    return chrome;
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ---- Elements drawn outside the app: <ui-nav-menu>, <ui-title-bar> ----------------------------

  /**
   * An element that stays hidden in the page and is drawn in the chrome instead, as Shopify admin
   * draws it outside the iframe. `mounted` keeps instances in mount order: the last one is current.
   */
  function mirroredElement(mounted, render) {
    return class extends HTMLElement {
      static get observedAttributes() {
        return ['title'];
      }

      connectedCallback() {
        mounted.push(this);
        this.observer = new MutationObserver(render);
        this.observer.observe(this, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
        render();
      }

      disconnectedCallback() {
        if (this.observer) this.observer.disconnect();
        const index = mounted.indexOf(this);
        if (index !== -1) mounted.splice(index, 1);
        render();
      }

      attributeChangedCallback() {
        render();
      }
    };
  }

  const navMenus = [];
  const titleBars = [];

  /** Mirrors the menu's `<a>` children as a nav bar; the `rel="home"` link is the app's home page. */
  function renderNav() {
    const parts = ensureChrome();
    if (!parts) return;
    const menu = navMenus[navMenus.length - 1];
    const links = menu ? Array.from(menu.querySelectorAll(':scope > a')) : [];
    parts.navList.replaceChildren(
      ...links.map((source) => {
        const href = source.getAttribute('href') || '/';
        const link = element('a', {href}, source.textContent || '');
        if (isCurrent(href, source.getAttribute('rel') === 'home')) {
          link.setAttribute('aria-current', 'page');
        }
        link.addEventListener('click', (event) => followLink(event, href));
        const item = element('li');
        item.append(link);
        return item;
      }),
    );
  }

  function isCurrent(href, isHome) {
    const path = new URL(href, window.location.href).pathname;
    const current = window.location.pathname;
    if (isHome || path === '/') return current === path;
    return current === path || current.startsWith(`${path}/`);
  }

  /** Same as Shopify admin: the app's router follows a history entry and a popstate event. */
  function followLink(event, href) {
    if (!isPlainClick(event)) return;
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    window.history.pushState(null, '', `${url.pathname}${url.search}${url.hash}`);
    window.dispatchEvent(new PopStateEvent('popstate', {state: null}));
  }

  /** Modified clicks (new tab, new window) are left to the browser. */
  function isPlainClick(event) {
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    return !event.defaultPrevented && event.button === 0 && !modified;
  }

  // The highlighted section must follow the app's own navigation (react-router calls pushState directly).
  for (const method of ['pushState', 'replaceState']) {
    const original = window.history[method];
    window.history[method] = function patchedHistoryMethod(...args) {
      const result = original.apply(this, args);
      renderNav();
      return result;
    };
  }
  window.addEventListener('popstate', renderNav);

  /**
   * The most recently mounted title bar names the page; its buttons become the page's actions,
   * except a `variant="breadcrumb"` one, drawn before the title as the way back up.
   */
  function renderTitle() {
    const parts = ensureChrome();
    if (!parts) return;
    const bar = titleBars[titleBars.length - 1];
    const title = (bar && bar.getAttribute('title')) || APP_NAME;
    parts.title.textContent = title;
    document.title = title === APP_NAME ? APP_NAME : `${title} · ${APP_NAME}`;
    const buttons = bar ? Array.from(bar.querySelectorAll(':scope > button')) : [];
    const isBreadcrumb = (source) => source.getAttribute('variant') === 'breadcrumb';
    parts.breadcrumbs.replaceChildren(
      ...buttons.filter(isBreadcrumb).flatMap((source) => {
        const button = element(
          'button',
          {type: 'button', class: 'heed-demo-breadcrumb'},
          source.textContent || '',
        );
        button.addEventListener('click', () => source.click());
        return [
          button,
          element('span', {class: 'heed-demo-separator', 'aria-hidden': 'true'}, '›'),
        ];
      }),
    );
    parts.actions.replaceChildren(
      ...buttons
        .filter((source) => !isBreadcrumb(source))
        .map((source) => {
          const button = element('button', {type: 'button'}, source.textContent || '');
          const variant = source.getAttribute('variant');
          if (variant) button.setAttribute('data-variant', variant);
          if (source.disabled) button.disabled = true;
          button.addEventListener('click', () => source.click());
          return button;
        }),
    );
  }

  // ---- Toasts -------------------------------------------------------------------------------------

  let toastCount = 0;

  const toast = {
    show(message, options) {
      const settings = options || {};
      const id = `heed-demo-toast-${++toastCount}`;
      const parts = ensureChrome();
      if (!parts) return id;
      const node = element('div', {class: 'heed-demo-toast', id}, String(message));
      if (settings.isError) node.setAttribute('data-error', '');
      parts.toasts.append(node);
      window.setTimeout(() => toast.hide(id), settings.duration || TOAST_DURATION_MS);
      return id;
    },
    hide(id) {
      const node = document.getElementById(id);
      if (!node) return;
      node.remove();
    },
  };

  // ---- The global ---------------------------------------------------------------------------------

  window.shopify = {
    config,
    origin: window.location.origin,
    ready: Promise.resolve(),
    environment: Object.freeze({embedded: false, mobile: false, pos: false}),
    idToken,
    toast,
    loading() {},
    /** Like `shopify.resourcePicker()`: the simulated shop's products or collections. */
    resourcePicker(options) {
      return import('/demo/resource-picker.js').then((picker) =>
        picker.openResourcePicker(options),
      );
    },
  };

  customElements.define('ui-nav-menu', mirroredElement(navMenus, renderNav));
  customElements.define('ui-title-bar', mirroredElement(titleBars, renderTitle));

  // App Bridge opens `shopify://admin/…` links in Shopify admin; the demo has no admin to open, so
  // it says where the link leads instead of letting the browser fail on an unknown scheme.
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = link ? link.getAttribute('href') || '' : '';
      if (!href.startsWith('shopify://admin')) return;
      event.preventDefault();
      toast.show(`In Shopify admin, this opens ${href.slice('shopify://admin'.length) || '/'}`);
    },
    true,
  );

  document.addEventListener('DOMContentLoaded', () => {
    renderTitle();
    renderNav();
  });
})();
