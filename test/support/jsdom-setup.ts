/**
 * For tests that run in jsdom: Polaris reads media queries as soon as it is imported and jsdom has
 * no layout engine, and React's act() warns unless the environment says it is a test.
 */
if (typeof window !== 'undefined') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
  (globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom has no layout to scroll; its own scroll() only logs "Not implemented" on every page change.
  window.scroll = window.scrollTo = () => undefined;
}

/**
 * App Bridge, as the demo stands it in: its `shopify` global and its elements (`ui-save-bar`
 * shows and hides through methods of its own), so the admin's components meet the API they would
 * meet in Shopify admin. A test may still replace `shopify` with a recording double.
 */
if (typeof window !== 'undefined') {
  const {readFileSync} = await import('node:fs');
  const path = await import('node:path');
  const {fileURLToPath} = await import('node:url');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const standIn = path.join(here, '../../web/frontend/demo/app-bridge.js');
  new Function(readFileSync(standIn, 'utf8'))();
}

/**
 * Components rendered on their own (without `<App i18n>`) read the default instance: English,
 * every namespace loaded at once, as the completeness test holds the other languages to it.
 */
if (typeof window !== 'undefined') {
  const {setI18n} = await import('react-i18next');
  const {createLoadedI18n} = await import('../../web/frontend/src/i18n/i18n');
  const {adminResources} = await import('./admin-translations');
  setI18n(createLoadedI18n('en', adminResources(['en'])));
}
