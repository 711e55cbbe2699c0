/*
 * Heed demo mode only: a local stand-in for Shopify's App Bridge
 * (https://cdn.shopify.com/shopifycloud/app-bridge.js), so the admin runs in an ordinary browser
 * without a Shopify account. The server serves this file, and rewrites index.html to load it, only
 * in demo mode; production always loads the real script from Shopify's CDN.
 *
 * It provides the part of App Bridge that Heed uses: the `shopify` global (config, idToken, toast,
 * saveBar, loading, environment; resourcePicker is in resource-picker.js) and the `ui-nav-menu`,
 * `ui-title-bar` and `ui-save-bar` elements, which Shopify admin would draw around the app's iframe
 * and which this file draws at the top of the page instead; while a save bar shows, leaving
 * through the menu asks first, as the admin does.
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
    // Shopify admin opens an embedded app with the user's language in the URL (`locale=fr`).
    locale: query.get('locale') || 'en',
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
    .heed-demo-heading { display: flex; align-items: center; gap: 6px; min-width: 0; min-height: 34px; }
    .heed-demo-title { margin: 0; font-size: 20px; line-height: 28px; font-weight: 700; color: #303030; }
    .heed-demo-breadcrumb { font: inherit; font-size: 20px; line-height: 28px; font-weight: 600; padding: 0 2px; border: 0; border-radius: 6px;
      background: none; color: #616161; cursor: pointer; }
    .heed-demo-breadcrumb:hover { color: #303030; background: #f1f1f1; }
    .heed-demo-breadcrumbs { display: flex; align-items: center; gap: 6px; }
    .heed-demo-breadcrumbs:empty { display: none; }
    .heed-demo-separator { font-size: 20px; line-height: 28px; color: #8a8a8a; }
    .heed-demo-actions { display: flex; gap: 8px; }
    .heed-demo-actions button { font: inherit; line-height: 20px; padding: 6px 12px; border-radius: 8px; border: 1px solid #c9c9c9; background: #ffffff; cursor: pointer; }
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
    // Shopify admin asks before its own navigation leaves a page whose save bar shows.
    leaveConfirmation().then(() => {
      window.history.pushState(null, '', `${url.pathname}${url.search}${url.hash}`);
      window.dispatchEvent(new PopStateEvent('popstate', {state: null}));
    });
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

  // ---- The save bar: <ui-save-bar>, shopify.saveBar, and the leave-page prompt -------------------

  const SAVE_BAR_STYLE = `
    .heed-demo-savebar { position: fixed; top: 0; left: 0; right: 0; z-index: 10000; display: flex; align-items: center;
      justify-content: space-between; gap: 12px; padding: 10px 16px; background: #1a1a1a; color: #ffffff;
      font: 600 13px/20px -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif; }
    .heed-demo-savebar[hidden] { display: none; }
    .heed-demo-savebar-actions { display: flex; gap: 8px; }
    .heed-demo-savebar button, .heed-demo-dialog button { font: inherit; padding: 6px 12px; border-radius: 8px; cursor: pointer;
      border: 1px solid #c9c9c9; background: #ffffff; color: #303030; }
    .heed-demo-savebar button[data-variant='primary'], .heed-demo-dialog button[data-variant='primary'] { background: #008060; border-color: #008060; color: #ffffff; }
    .heed-demo-savebar button:disabled { opacity: 0.6; cursor: default; }
    .heed-demo-backdrop { position: fixed; inset: 0; z-index: 10001; display: flex; align-items: center; justify-content: center;
      background: rgba(0, 0, 0, 0.5); }
    .heed-demo-dialog { max-width: 420px; padding: 16px 20px; border-radius: 12px; background: #ffffff; color: #303030;
      font: 13px/20px -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif; }
    .heed-demo-dialog h2 { margin: 0 0 8px; font-size: 16px; }
    .heed-demo-dialog-actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
    ui-save-bar { display: none; }
  `;

  const saveBars = [];
  let saveBarChrome = null;

  /** Shopify admin draws the save bar over its top bar, outside the app: here, fixed at the top. */
  function ensureSaveBarChrome() {
    if (saveBarChrome) {
      if (!saveBarChrome.bar.isConnected && document.body) document.body.append(saveBarChrome.bar);
      return saveBarChrome;
    }
    if (!document.body) return null;
    const style = document.createElement('style');
    style.textContent = SAVE_BAR_STYLE;
    document.head.appendChild(style);
    const bar = element('div', {
      class: 'heed-demo-savebar',
      role: 'region',
      'aria-label': 'Save bar',
    });
    bar.hidden = true;
    const message = element('span', {}, 'Unsaved changes');
    const actions = element('div', {class: 'heed-demo-savebar-actions'});
    bar.append(message, actions);
    document.body.append(bar);
    saveBarChrome = {bar, actions};
    return saveBarChrome;
  }

  /** The save bar that shows: the last one shown of those still showing. */
  function showingSaveBar() {
    for (let i = saveBars.length - 1; i >= 0; i -= 1) {
      if (saveBars[i].showing) return saveBars[i];
    }
    return undefined;
  }

  /** The primary child is Save, the one without a variant Discard (App Bridge's convention). */
  function renderSaveBar() {
    const parts = ensureSaveBarChrome();
    if (!parts) return;
    const current = showingSaveBar();
    parts.bar.hidden = !current;
    if (!current) {
      parts.actions.replaceChildren();
      return;
    }
    const sources = Array.from(current.querySelectorAll(':scope > button'));
    const discard = sources.find((source) => !source.getAttribute('variant'));
    const save = sources.find((source) => source.getAttribute('variant') === 'primary');
    parts.actions.replaceChildren(
      ...[
        [discard, 'Discard', () => discardFrom(current, discard)],
        [save, 'Save', () => save && save.click()],
      ].map(([source, fallback, onClick]) => {
        const button = element(
          'button',
          {type: 'button'},
          (source && source.textContent) || fallback,
        );
        if (source === save) button.setAttribute('data-variant', 'primary');
        const loading = source ? source.hasAttribute('loading') : false;
        if (loading) button.setAttribute('aria-busy', 'true');
        button.disabled = !source || source.disabled || loading;
        button.addEventListener('click', onClick);
        return button;
      }),
    );
  }

  function discardFrom(saveBar, source) {
    if (!source) return;
    if (!saveBar.discardConfirmation) {
      source.click();
      return;
    }
    confirmDialog({
      title: 'Discard all unsaved changes',
      text: 'If you discard changes, you’ll delete any edits you made since you last saved.',
      cancel: 'Continue editing',
      confirm: 'Discard changes',
    }).then((confirmed) => {
      if (confirmed) source.click();
    });
  }

  /** A modal question drawn by the admin; resolves with whether the merchant confirmed. */
  function confirmDialog({title, text, cancel, confirm}) {
    return new Promise((resolve) => {
      const backdrop = element('div', {class: 'heed-demo-backdrop'});
      const dialog = element('div', {
        class: 'heed-demo-dialog',
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': 'heed-demo-dialog-title',
      });
      const actions = element('div', {class: 'heed-demo-dialog-actions'});
      const stay = element('button', {type: 'button'}, cancel);
      const go = element('button', {type: 'button', 'data-variant': 'primary'}, confirm);
      const answer = (confirmed) => {
        backdrop.remove();
        resolve(confirmed);
      };
      stay.addEventListener('click', () => answer(false));
      go.addEventListener('click', () => answer(true));
      actions.append(stay, go);
      dialog.append(
        element('h2', {id: 'heed-demo-dialog-title'}, title),
        element('p', {}, text),
        actions,
      );
      backdrop.append(dialog);
      document.body.append(backdrop);
      stay.focus();
    });
  }

  /**
   * `<ui-save-bar>`: hidden in the page, drawn by the admin while shown. Instance methods and
   * events as App Bridge's: show(), hide(), toggle(), `showing`, `discardConfirmation`, `show`/`hide`.
   */
  class DemoSaveBar extends HTMLElement {
    connectedCallback() {
      this.isShowing = this.isShowing || false;
      saveBars.push(this);
      this.observer = new MutationObserver(renderSaveBar);
      this.observer.observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      renderSaveBar();
    }

    disconnectedCallback() {
      if (this.observer) this.observer.disconnect();
      const index = saveBars.indexOf(this);
      if (index !== -1) saveBars.splice(index, 1);
      renderSaveBar();
    }

    get showing() {
      return Boolean(this.isShowing);
    }

    get discardConfirmation() {
      return this.hasAttribute('discardConfirmation');
    }

    set discardConfirmation(value) {
      if (value) this.setAttribute('discardConfirmation', '');
      else this.removeAttribute('discardConfirmation');
    }

    show() {
      return this.setShowing(true);
    }

    hide() {
      return this.setShowing(false);
    }

    toggle() {
      return this.setShowing(!this.showing);
    }

    setShowing(showing) {
      if (this.showing !== showing) {
        this.isShowing = showing;
        // The latest shown is the one drawn.
        const index = saveBars.indexOf(this);
        if (showing && index !== -1) saveBars.push(...saveBars.splice(index, 1));
        renderSaveBar();
        this.dispatchEvent(new Event(showing ? 'show' : 'hide'));
      }
      return Promise.resolve();
    }
  }

  function saveBarById(id) {
    const saveBar = document.getElementById(id);
    if (!(saveBar instanceof DemoSaveBar))
      return Promise.reject(new Error(`No ui-save-bar with id ${id}`));
    return Promise.resolve(saveBar);
  }

  /** Resolves when no save bar shows, or once the merchant chose to leave; staying never resolves. */
  function leaveConfirmation() {
    if (!showingSaveBar()) return Promise.resolve();
    return confirmDialog({
      title: 'Leave page with unsaved changes?',
      text: 'Leaving this page will delete all unsaved changes.',
      cancel: 'Stay',
      confirm: 'Leave page',
    }).then((leave) => (leave ? undefined : new Promise(() => undefined)));
  }

  const saveBar = {
    show: (id) => saveBarById(id).then((bar) => bar.show()),
    hide: (id) => saveBarById(id).then((bar) => bar.hide()),
    toggle: (id) => saveBarById(id).then((bar) => bar.toggle()),
    leaveConfirmation,
  };

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
    saveBar,
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
  customElements.define('ui-save-bar', DemoSaveBar);

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
