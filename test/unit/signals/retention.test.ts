import {describe, expect, it} from 'vitest';
import type {Storage} from '../../../web/server/storage';
import {createRetentionSweep, RAW_EVENT_RETENTION_MS} from '../../../web/server/signals/retention';

describe('retention sweep', () => {
  it('when more is past retention than one page holds, then it deletes page after page until a page comes back short', async () => {
    const pages = [
      {events: 2, quarantined: 0},
      {events: 1, quarantined: 2},
      {events: 0, quarantined: 1},
    ];
    const calls: Array<[number, number]> = [];
    const storage = {
      pixelEvents: {
        deleteReceivedBefore: async (before: number, limit: number) => {
          calls.push([before, limit]);
          return pages.shift() ?? {events: 0, quarantined: 0};
        },
      },
    } as unknown as Storage;
    const now = 100 * 86_400_000;
    const sweep = createRetentionSweep({storage, now: () => now, pageSize: 2});
    expect(await sweep.run()).toEqual({events: 3, quarantined: 3});
    expect(calls).toEqual([
      [now - RAW_EVENT_RETENTION_MS, 2],
      [now - RAW_EVENT_RETENTION_MS, 2],
      [now - RAW_EVENT_RETENTION_MS, 2],
    ]);
  });
});
