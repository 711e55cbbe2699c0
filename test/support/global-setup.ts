import {ensureAdminSchemaFile} from '../../web/simulator/admin-schema';
import {endLogScan, startLogScan} from './log-scan';

/**
 * Fetches Shopify's Admin schema into `.cache/` once, before the test workers start, so that the
 * workers only read it and never race each other to the registry. Awaited: a worker must not
 * start before the file is there, and a failed download must fail the run with its reason.
 * Starts the log scan too; its teardown fails the run if any log line leaked (log-scan.ts).
 */
export default async function setup(): Promise<() => void> {
  await ensureAdminSchemaFile();
  const scanDir = startLogScan();
  return () => endLogScan(scanDir);
}
