const MAX_KEY_CHARS = 100;

/**
 * The campaign's tag in its email links, made from its name: "Fabulous Furs — September 20%"
 * becomes "fabulous-furs-september-20". Letters lose their accents; anything else becomes a dash.
 */
export function attributionKeyFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_KEY_CHARS)
    .replace(/-+$/, '');
}

/** The key still follows the name while the merchant has not typed one of their own. */
export function followsName(key: string, previousName: string): boolean {
  return key === '' || key === attributionKeyFrom(previousName);
}
