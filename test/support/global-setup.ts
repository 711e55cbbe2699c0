import {ensureAdminSchemaFile} from '../../web/simulator/admin-schema';

/**
 * Fetches Shopify's Admin schema into `.cache/` once, before the test workers start, so that the
 * workers only read it and never race each other to the registry. Awaited: a worker must not
 * start before the file is there, and a failed download must fail the run with its reason.
 */
export default async function setup(): Promise<void> {
  await ensureAdminSchemaFile();
}
