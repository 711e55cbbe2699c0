import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStorage, type Storage} from '../../web/server/storage';
import type {Signal} from '../../web/server/storage/signals-repository';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';
import {captureLogger} from '../support/capture-logger';

const SHOP = 'evidence-shop.myshopify.com';
const JOURNEY = 'jrn_00000000000000000000e001';

function signal(id: string, evidence: Signal['evidence']): Signal {
  return {
    id,
    shop: SHOP,
    type: 'code_rejected',
    severity: 'medium',
    sentence: 'Tried WINTER20 twice; checkout said it is not valid.',
    evidence,
    source: 'pixel',
    campaignId: null,
    checkoutToken: 'tok-evidence',
    orderId: null,
    customerId: 'gid://shopify/Customer/42',
    occurredAt: 1_000,
    recordedAt: 1_000,
    journeyId: JOURNEY,
    dedupeKey: `code_rejected:${id}`,
    resolvedAt: null,
    resolution: null,
  };
}

describe.each(batteryEngines())('stored signal evidence on %s', (engine) => {
  let isolated: IsolatedTarget;
  let storage: Storage;
  const captured = captureLogger();

  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    storage = await openStorage(isolated.target, captured.logger);
  });
  afterAll(async () => {
    await storage.close();
    await isolated.dispose();
  });

  it('when evidence holds every value kind Heed writes, then it reads back as written', async () => {
    const evidence = {
      eventIds: ['ev-1', 'ev-2'],
      code: 'WINTER20',
      times: 2,
      applied: false,
      step: null,
    };
    await storage.signals.add(signal('sig-readable', evidence));
    const [read] = await storage.signals.forJourney(SHOP, JOURNEY);
    expect(read).toMatchObject({id: 'sig-readable', evidence});
    expect(read?.evidenceUnreadable).toBeUndefined();
    await storage.signals.deleteByIds(SHOP, ['sig-readable']);
  });

  it.each([
    ['not JSON', '{"eventIds": ['],
    ['an array', '["ev-1"]'],
    ['a nested object', '{"eventIds": [], "cart": {"total": 12}}'],
    ['a list of numbers', '{"eventIds": [1, 2]}'],
    ['JSON null', 'null'],
  ])(
    'when stored evidence is %s, then every read keeps the signal with no evidence, marks it and logs it',
    async (what, stored) => {
      const id = `sig-bad-${what.replace(/\W+/g, '-')}`;
      await storage.signals.add(signal(id, {eventIds: []}));
      await storage.db('signals').where({shop: SHOP, id}).update({evidence_json: stored});
      const expected = {
        id,
        sentence: expect.stringContaining('WINTER20'),
        evidence: {},
        evidenceUnreadable: true,
      };

      const reads = [
        await storage.signals.forJourney(SHOP, JOURNEY),
        (await storage.reads.signals.forJourneys(SHOP, [JOURNEY])).get(JOURNEY) ?? [],
        await storage.signals.list(SHOP),
        await storage.signals.findForCustomer(SHOP, 'gid://shopify/Customer/42'),
        await storage.transaction((tx) => tx.signals.forJourney(SHOP, JOURNEY)),
      ];
      for (const signals of reads) expect(signals.find((s) => s.id === id)).toMatchObject(expected);
      expect(captured.text()).toContain(id);
      expect(captured.text()).toMatch(/stored signal evidence unreadable/);
      await storage.signals.deleteByIds(SHOP, [id]);
    },
  );

  it('when a signal with unreadable evidence is told again, then its evidence is written anew and reads back whole', async () => {
    await storage.signals.add(signal('sig-heal', {eventIds: []}));
    await storage.db('signals').where({shop: SHOP, id: 'sig-heal'}).update({evidence_json: 'oops'});
    const [broken] = await storage.signals.forJourney(SHOP, JOURNEY);
    expect(broken?.evidenceUnreadable).toBe(true);
    const evidence = {eventIds: ['ev-9'], code: 'WINTER20'};
    await storage.signals.updateStory([{...signal('sig-heal', evidence)}], 2_000);
    const [healed] = await storage.signals.forJourney(SHOP, JOURNEY);
    expect(healed).toMatchObject({evidence});
    expect(healed?.evidenceUnreadable).toBeUndefined();
  });
});
