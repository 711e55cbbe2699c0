/**
 * Tests never reach the internet: any fetch to a host other than this machine fails loudly.
 * Shopify is reached only through the simulator, which replaces fetch where a test needs it.
 */
const realFetch = globalThis.fetch;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  if (!LOOPBACK.has(url.hostname)) {
    throw new Error(
      `Network access is blocked in tests (tried ${url.origin}); use the Shopify simulator.`,
    );
  }
  return realFetch(input, init);
};
