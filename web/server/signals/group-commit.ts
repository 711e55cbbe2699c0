/**
 * Group commit: requests that arrive while a transaction is being written wait and share the next
 * one. Each caller still resolves only after the transaction holding its items has committed, so
 * "acknowledge after commit" holds, while one commit serves many requests under load.
 */
export function createGroupCommitter<T, R>(write: (items: T[]) => Promise<R[]>, maxItems = 200) {
  let queue: Array<{item: T; resolve: (r: R) => void; reject: (e: unknown) => void}> = [];
  let writing = false;

  async function drain() {
    writing = true;
    while (queue.length > 0) {
      const group = queue.slice(0, maxItems);
      queue = queue.slice(group.length);
      try {
        const results = await write(group.map((g) => g.item));
        group.forEach((g, i) => {
          const result = results[i];
          if (result === undefined) g.reject(new Error('group commit returned too few results'));
          else g.resolve(result);
        });
      } catch (error) {
        group.forEach((g) => g.reject(error));
      }
    }
    writing = false;
  }

  return {
    submit(item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({item, resolve, reject});
        if (!writing) void drain();
      });
    },
  };
}
