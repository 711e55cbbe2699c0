/**
 * The server marks the admin's page in demo mode with this tag (web/server/http/frontend.ts, the
 * same name there); demo-only pages exist only then. Production pages never carry it.
 */
export const DEMO_MODE_META = 'heed-demo';

export function isDemoMode(doc: Document = document): boolean {
  return doc.querySelector(`meta[name="${DEMO_MODE_META}"]`) !== null;
}
