import {describe, expect, it} from 'vitest';
import {createGroupCommitter} from '../../../web/server/signals/group-commit';

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
});
