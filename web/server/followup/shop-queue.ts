import type {Logger} from '../logger';

/**
 * Work for one shop runs in order, one unit after another: two signals of one shopper never race
 * to open two cases on one instance (the database's unique open case settles it across instances).
 * The caller's promise fails when its work fails; the queue goes on either way.
 */
export function createShopQueue(logger: Logger, what: string) {
  const queues = new Map<string, Promise<void>>();
  return {
    run<T>(shop: string, work: () => Promise<T>): Promise<T> {
      const previous = queues.get(shop) ?? Promise.resolve();
      const result = previous.then(work);
      const next = result.then(
        () => undefined,
        (error: unknown) => logger.error({err: error, shop}, `${what} failed`),
      );
      queues.set(shop, next);
      void next.finally(() => {
        if (queues.get(shop) === next) queues.delete(shop);
      });
      return result;
    },
    async drain(): Promise<void> {
      while (queues.size > 0) await Promise.allSettled([...queues.values()]);
    },
  };
}
