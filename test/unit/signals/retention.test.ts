import {describe, expect, it} from 'vitest';
import type {Storage} from '../../../web/server/storage';
import {createRetentionSweep, RETENTION} from '../../../web/server/signals/retention';

const DAY = 86_400_000;

/** A storage whose retention methods answer the given pages, one call after another. */
function storageAnswering(pages: Record<string, unknown[]>) {
  const calls: Record<string, Array<[number, number]>> = {};
  const signalsOfJourneys: Array<[string, string[]]> = [];
  const casesDeleted: Array<[string, string[]]> = [];
  const method = (name: string, empty: unknown) => async (before: number, limit: number) => {
    (calls[name] ??= []).push([before, limit]);
    return pages[name]?.shift() ?? empty;
  };
  const repositories = {
    pixelEvents: {deleteReceivedBefore: method('events', {events: 0, quarantined: 0})},
    webhookDeliveries: {expirePayloadsReceivedBefore: method('webhookPayloads', 0)},
    commerceRecords: {deleteUpdatedBefore: method('commerceRecords', 0)},
    journeys: {deleteInactiveBefore: method('journeys', [])},
    signals: {
      deleteInactiveBefore: method('signals', 0),
      deleteForJourneys: async (shop: string, ids: string[]) => {
        signalsOfJourneys.push([shop, ids]);
        return ids.length;
      },
    },
    gdprRequests: {clearExportsCompletedBefore: method('gdprExports', 0)},
    cases: {
      forgetIdleContacts: method('caseContacts', 0),
      expired: method('cases', []),
      deleteCases: async (shop: string, ids: string[]) => {
        casesDeleted.push([shop, ids]);
      },
    },
  };
  const storage = {
    ...repositories,
    transaction: async <T>(work: (tx: typeof repositories) => Promise<T>) => work(repositories),
  } as unknown as Storage;
  return {storage, calls, signalsOfJourneys, casesDeleted};
}

describe('retention sweep', () => {
  it('when more is past retention than one page holds, then it deletes page after page until a page comes back short', async () => {
    const {storage, calls} = storageAnswering({
      events: [
        {events: 2, quarantined: 0},
        {events: 1, quarantined: 2},
        {events: 0, quarantined: 1},
      ],
      commerceRecords: [2, 2, 1],
    });
    const now = 400 * DAY;
    const sweep = createRetentionSweep({storage, now: () => now, pageSize: 2});
    expect(await sweep.run()).toMatchObject({events: 3, quarantined: 3, commerceRecords: 5});
    expect(calls.events).toEqual([
      [now - RETENTION.rawEventsMs, 2],
      [now - RETENTION.rawEventsMs, 2],
      [now - RETENTION.rawEventsMs, 2],
    ]);
    expect(calls.commerceRecords).toHaveLength(3);
  });

  it('when the sweep runs, then each kind of data is cut off at its own period', async () => {
    const {storage, calls} = storageAnswering({});
    const now = 400 * DAY;
    await createRetentionSweep({storage, now: () => now}).run();
    const cutOff = (name: string) => now - (calls[name]?.[0]?.[0] ?? 0);
    expect({
      events: cutOff('events') / DAY,
      webhookPayloads: cutOff('webhookPayloads') / DAY,
      commerceRecords: cutOff('commerceRecords') / DAY,
      journeys: cutOff('journeys') / DAY,
      signals: cutOff('signals') / DAY,
      gdprExports: cutOff('gdprExports') / DAY,
      caseContacts: cutOff('caseContacts') / DAY,
      cases: cutOff('cases') / DAY,
    }).toEqual({
      events: 30,
      webhookPayloads: 7,
      commerceRecords: 365,
      journeys: 365,
      signals: 365,
      gdprExports: 30,
      caseContacts: 30,
      cases: 365,
    });
  });

  it('when journeys of several shops go, then their signals go with them, shop by shop', async () => {
    const {storage, signalsOfJourneys} = storageAnswering({
      journeys: [
        [
          {shop: 'a.myshopify.com', id: 'j1'},
          {shop: 'b.myshopify.com', id: 'j2'},
          {shop: 'a.myshopify.com', id: 'j3'},
        ],
      ],
    });
    const result = await createRetentionSweep({storage, now: () => 400 * DAY}).run();
    expect(result).toMatchObject({journeys: 3, signals: 3});
    expect(signalsOfJourneys).toEqual([
      ['a.myshopify.com', ['j1', 'j3']],
      ['b.myshopify.com', ['j2']],
    ]);
  });

  it('when cases of several shops are past retention, then they go page by page, shop by shop', async () => {
    const {storage, casesDeleted} = storageAnswering({
      cases: [
        [
          {shop: 'a.myshopify.com', id: 'c1'},
          {shop: 'b.myshopify.com', id: 'c2'},
        ],
        [{shop: 'a.myshopify.com', id: 'c3'}],
      ],
      caseContacts: [2, 0],
    });
    const result = await createRetentionSweep({storage, now: () => 400 * DAY, pageSize: 2}).run();
    expect(result).toMatchObject({cases: 3, caseContacts: 2});
    expect(casesDeleted).toEqual([
      ['a.myshopify.com', ['c1']],
      ['b.myshopify.com', ['c2']],
      ['a.myshopify.com', ['c3']],
    ]);
  });
});
