/**
 * How a shared schema words its refusals. A schema is built with a `Say`: the server's says
 * English (the catalog below each schema), the admin's is its translator, so a merchant reads the
 * form's own checks in their language while the limits and the wording's keys stay in one place.
 */
export type MessageValues = Readonly<Record<string, number>>;

export type Say<Key extends string> = (key: Key, values?: MessageValues) => string;

const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:,\s*number\s*)?\}\}/g;

/**
 * A `Say` reading one catalog. Placeholders are i18next's, so the admin's translations take the
 * same text: `{{max}}`, or `{{max, number}}` for a grouped number ("10,080").
 */
export function sayFrom<Key extends string>(catalog: Readonly<Record<Key, string>>): Say<Key> {
  return (key, values = {}) =>
    catalog[key].replace(PLACEHOLDER, (placeholder, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`No value for ${placeholder} in "${key}"`);
      return value.toLocaleString('en-US');
    });
}
