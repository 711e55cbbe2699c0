import {describe, expect, it, vi} from 'vitest';
import {
  BacklogFullError,
  createGroupCommitter,
  StorageTimeoutError,
} from '../../../web/server/signals/group-commit';

describe('group commit', () => {
  it('when requests arrive during a write, then they share the next write and each gets its own result', async () => {
    const writes: number[][] = [];
    const committer = createGroupCommitter(async (items: number[]) => {
      writes.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items.map((n) => n * 10);
    });
    const results = await Promise.all([1, 2, 3, 4].map((n) => committer.submit(n)));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
  });

  it('when a write fails, then every caller in that group is told and later groups still run', async () => {
    let calls = 0;
    const committer = createGroupCommitter(async (items: string[]) => {
      calls += 1;
      if (calls === 1) throw new Error('disk full');
      return items;
    });
    const first = committer.submit('a');
    const second = committer.submit('b');
    await expect(first).rejects.toThrow('disk full');
    await expect(second).resolves.toBe('b');
  });

  it('when more waits than the backlog holds, then the extra item is refused at once and the rest are written', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const writes: number[][] = [];
    const committer = createGroupCommitter(
      async (items: number[]) => {
        writes.push(items);
        await held;
        return items;
      },
      {weight: (n) => n, maxWaiting: 5},
    );
    const writing = committer.submit(100); // being written: no longer waiting, however heavy
    const first = committer.submit(3);
    const second = committer.submit(2);
    expect(committer.waiting()).toBe(5);
    await expect(committer.submit(1)).rejects.toBeInstanceOf(BacklogFullError);
    release();
    await expect(Promise.all([writing, first, second])).resolves.toEqual([100, 3, 2]);
    expect(writes).toEqual([[100], [3, 2]]);
    expect(committer.waiting()).toBe(0);
    // Room again once the backlog is written.
    await expect(committer.submit(4)).resolves.toBe(4);
  });

  it('when nothing waits, then an item heavier than the whole backlog is still taken', async () => {
    const committer = createGroupCommitter(async (items: number[]) => items, {
      weight: (n) => n,
      maxWaiting: 5,
    });
    await expect(committer.submit(50)).resolves.toBe(50);
  });

  it("when a shared write fails for a reason that may be one item's, then each item is written alone and only the bad one fails", async () => {
    const writes: string[][] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const committer = createGroupCommitter(
      async (items: string[]) => {
        writes.push(items);
        if (items[0] === 'first') await held;
        if (items.includes('bad')) throw new Error('value refused');
        return items;
      },
      {retryAlone: (error) => error instanceof Error && error.message === 'value refused'},
    );
    const first = committer.submit('first');
    const shared = ['a', 'bad', 'b'].map((item) => committer.submit(item));
    release();
    await expect(first).resolves.toBe('first');
    await expect(shared[0]).resolves.toBe('a');
    await expect(shared[1]).rejects.toThrow('value refused');
    await expect(shared[2]).resolves.toBe('b');
    expect(writes).toEqual([['first'], ['a', 'bad', 'b'], ['a'], ['bad'], ['b']]);
  });

  it('when a shared write fails because storage is away, then nobody is retried alone', async () => {
    let writes = 0;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const committer = createGroupCommitter(
      async (items: string[]) => {
        writes += 1;
        if (items[0] === 'first') await held;
        throw new Error('connection refused');
      },
      {retryAlone: () => false},
    );
    const all = ['first', 'a', 'b'].map((item) => committer.submit(item));
    release();
    for (const done of all) await expect(done).rejects.toThrow('connection refused');
    expect(writes).toBe(2);
  });

  it('when storage does not commit in time, then waiting callers are refused and what still queued is never written', async () => {
    vi.useFakeTimers();
    try {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const writes: string[][] = [];
      const committer = createGroupCommitter(
        async (items: string[]) => {
          writes.push(items);
          await held;
          return items;
        },
        {maxWaitMs: 1_000},
      );
      const writing = committer.submit('in flight');
      const queued = committer.submit('queued');
      const refusedInFlight = expect(writing).rejects.toBeInstanceOf(StorageTimeoutError);
      const refusedQueued = expect(queued).rejects.toBeInstanceOf(StorageTimeoutError);
      await vi.advanceTimersByTimeAsync(1_000);
      await refusedInFlight;
      await refusedQueued;
      expect(committer.waiting()).toBe(0);
      release();
      await vi.advanceTimersByTimeAsync(0);
      expect(writes).toEqual([['in flight']]);
      const later = committer.submit('later');
      await vi.advanceTimersByTimeAsync(0);
      await expect(later).resolves.toBe('later');
    } finally {
      vi.useRealTimers();
    }
  });

  describe('fair and bounded groups', () => {
    interface Batch {
      shop: string;
      events: number[];
    }
    const options = {
      key: (b: Batch) => b.shop,
      weight: (b: Batch) => b.events.length,
      maxGroupWeight: 4,
      split: (b: Batch, max: number): Batch[] => {
        const parts: Batch[] = [];
        for (let i = 0; i < b.events.length; i += max)
          parts.push({shop: b.shop, events: b.events.slice(i, i + max)});
        return parts;
      },
      join: (results: number[][]) => results.flat(),
    };
    const noisy = (n: number): Batch => ({
      shop: 'noisy',
      events: Array.from({length: n}, (_, i) => i),
    });

    it("when one shop's batch is heavy, then it is written in parts and its caller gets every part's result, in order", async () => {
      const writes: string[][] = [];
      const committer = createGroupCommitter(async (batches: Batch[]) => {
        writes.push(batches.map((b) => `${b.shop}:${b.events.join('')}`));
        return batches.map((b) => b.events.map((e) => e * 10));
      }, options);
      await expect(committer.submit(noisy(10))).resolves.toEqual([
        0, 10, 20, 30, 40, 50, 60, 70, 80, 90,
      ]);
      expect(writes).toEqual([['noisy:0123'], ['noisy:4567'], ['noisy:89']]);
      expect(committer.waiting()).toBe(0);
    });

    it("when a quiet shop's batch arrives behind a heavy one, then it is written after one part, not after the whole", async () => {
      const writes: string[][] = [];
      const committer = createGroupCommitter(async (batches: Batch[]) => {
        writes.push(batches.map((b) => `${b.shop}:${b.events.join('')}`));
        await new Promise((resolve) => setTimeout(resolve, 2));
        return batches.map((b) => b.events);
      }, options);
      const first = committer.submit({shop: 'quiet', events: [7]});
      const heavy = committer.submit(noisy(12));
      const quiet = committer.submit({shop: 'quiet', events: [8, 9]});
      await expect(Promise.all([first, heavy, quiet])).resolves.toEqual([
        [7],
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        [8, 9],
      ]);
      // Served in turn: the quiet batch waits behind one part of the heavy one, not all three.
      expect(writes).toEqual([
        ['quiet:7'],
        ['noisy:0123'],
        ['quiet:89'],
        ['noisy:4567'],
        ['noisy:891011'],
      ]);
    });

    it('when parts of several shops wait, then a group takes one from each in turn while its weight allows', async () => {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const writes: string[][] = [];
      const committer = createGroupCommitter(async (batches: Batch[]) => {
        writes.push(batches.map((b) => `${b.shop}:${b.events.join('')}`));
        if (writes.length === 1) await held;
        return batches.map((b) => b.events);
      }, options);
      const all = [
        committer.submit({shop: 'a', events: [1]}),
        committer.submit({shop: 'a', events: [2]}),
        committer.submit({shop: 'a', events: [3]}),
        committer.submit({shop: 'b', events: [4]}),
        committer.submit({shop: 'c', events: [5]}),
      ];
      release();
      await Promise.all(all);
      expect(writes).toEqual([['a:1'], ['a:2', 'b:4', 'c:5', 'a:3']]);
    });

    it('when one part of a heavy batch fails, then its caller is told and the other shops are written', async () => {
      const written: number[] = [];
      const committer = createGroupCommitter(
        async (batches: Batch[]) => {
          if (batches.some((b) => b.events.includes(5))) throw new Error('refused value');
          written.push(...batches.flatMap((b) => b.events));
          return batches.map((b) => b.events);
        },
        {...options, retryAlone: () => true},
      );
      const heavy = committer.submit(noisy(12));
      const quiet = committer.submit({shop: 'quiet', events: [1]});
      await expect(heavy).rejects.toThrow('refused value');
      await expect(quiet).resolves.toEqual([1]);
      // Parts after the failed one are not written for a caller already told.
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(written.sort()).toEqual([0, 1, 1, 2, 3].sort());
      expect(committer.waiting()).toBe(0);
    });
  });
});
