import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {INCLUDE_FIELDS} from '../../../web/server/webhooks/commerce-facts';

/** The `[[webhooks.subscriptions]]` of the app configuration, read as far as this test needs. */
function subscriptions(): Array<{topics: string[]; includeFields: string[] | null}> {
  const toml = readFileSync(new URL('../../../shopify.app.toml', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*$/, ''))
    .join('\n');
  const strings = (list: string) => [...list.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
  return toml
    .split('[[webhooks.subscriptions]]')
    .slice(1)
    .map((block) => {
      const topics = /(?:^|\n)\s*topics\s*=\s*\[([^\]]*)\]/.exec(block)?.[1];
      const fields = /include_fields\s*=\s*\[([^\]]*)\]/.exec(block)?.[1];
      return {
        topics: topics ? strings(topics) : [],
        includeFields: fields ? strings(fields) : null,
      };
    });
}

describe('webhook include_fields', () => {
  it.each(Object.entries(INCLUDE_FIELDS))(
    'when Shopify sends %s, then the subscription asks for exactly the fields Heed reads',
    (topic, fields) => {
      const subscription = subscriptions().find((s) => s.topics.includes(topic));
      expect(subscription?.includeFields?.slice().sort()).toEqual([...fields].sort());
    },
  );

  it('when the subscriptions ask for fields, then none names a person or an address line', () => {
    const asked = subscriptions().flatMap((s) => s.includeFields ?? []);
    expect(asked.length).toBeGreaterThan(0);
    for (const field of asked) {
      expect(field).not.toMatch(
        /first_name|last_name|^name$|^customer\.(?!id$|email$)|address1|address2|zip|city|browser_ip|client_details|billing_address|^note$|^shipping_address\.(?!country_code$)/,
      );
    }
  });
});
