import helmet from 'helmet';

/**
 * Headers every response carries, from helmet, with three of its defaults turned off on purpose:
 * - the Content-Security-Policy is Shopify's, per shop (`shopify.cspHeaders()`): its
 *   `frame-ancestors` names the shop's admin, which is what lets Shopify embed Heed;
 * - X-Frame-Options would forbid that embedding outright (frame-ancestors decides instead);
 * - Cross-Origin-Resource-Policy and -Opener-Policy: the checkout extension, the web pixel and the
 *   storefront call Heed from other origins, and App Bridge talks to the admin that frames it.
 * https://shopify.dev/docs/apps/build/security/set-up-iframe-protection
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: false,
    frameguard: false,
    crossOriginResourcePolicy: false,
    crossOriginOpenerPolicy: false,
    referrerPolicy: {policy: 'strict-origin-when-cross-origin'},
    strictTransportSecurity: {maxAge: 31_536_000, includeSubDomains: true},
  });
}
