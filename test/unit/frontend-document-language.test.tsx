// @vitest-environment jsdom
import {afterAll, describe, expect, it} from 'vitest';
import {eventually} from '../support/admin-dom';

/*
 * The admin's entry point as the browser runs it: App Bridge's `shopify` global gives the admin
 * user's locale, and the page's <html lang> follows it before anything is read aloud. A file of
 * its own: starting the admin installs its translations as the process's default instance.
 */

const original = window.shopify;
const actEnvironment = globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean};

afterAll(() => {
  window.shopify = original;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

describe('the page’s language', () => {
  it('when the admin user reads German (de-DE), then <html lang> is "de" and the menu is German', async () => {
    expect(document.documentElement.lang).not.toBe('de');
    window.shopify = {
      ...original,
      config: {...original.config, locale: 'de-DE'},
      // Never answered: the pages stay on their skeletons and ask the network nothing.
      idToken: () => new Promise<string>(() => undefined),
    };
    document.body.innerHTML = '<main id="root"></main>';
    // The entry point renders as in a browser, outside act(); the check below waits for it.
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    await import('../../web/frontend/src/main');
    expect(document.documentElement.lang).toBe('de');
    await eventually(() =>
      expect(document.querySelector('ui-nav-menu')?.textContent).toContain('Einstellungen'),
    );
  });
});
