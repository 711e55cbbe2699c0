import type {Repositories} from '../storage';
import type {DetectionContext} from './signal';

/** What detectors and the journey detail know of a shop: its campaigns and its currency. */
export async function readDetectionContext(
  repositories: Pick<Repositories, 'campaigns' | 'shops'>,
  shop: string,
): Promise<DetectionContext> {
  const [campaigns, record] = await Promise.all([
    repositories.campaigns.list(shop),
    repositories.shops.get(shop),
  ]);
  return {
    campaigns: campaigns.map((c) => ({
      id: c.id,
      name: c.name,
      attributionKey: c.attributionKey,
      discountCodes: c.discountCodes,
      promise: c.promise,
    })),
    currencyCode: record?.currencyCode ?? 'USD',
  };
}
