import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStorage, type Storage} from '../../web/server/storage';
import type {Rule} from '../../web/server/followup/rule';
import type {FollowupCase} from '../../web/server/followup/types';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';
import {
  event,
  fullCase,
  member,
  nextId,
  openCase,
  OTHER,
  rule,
  SHOP,
  signal,
} from '../support/followup-records';

/** A shop that has nothing at all: whatever it reads of this shop's ids must come back empty. */
const STRANGER = 'stranger.myshopify.com';

describe.each(batteryEngines())('follow-up storage, shop by shop, on %s', (engine) => {
  let isolated: IsolatedTarget;
  let storage: Storage;

  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    storage = await openStorage(isolated.target);
  });
  afterAll(async () => {
    await storage.close();
    await isolated.dispose();
  });

  describe('every query keeps to its shop', () => {
    const key = 'customer:gid://shopify/Customer/4242';
    const journeyId = 'jrn_00000000000000000000f0aa';
    const resolvedKey = 'customer:gid://shopify/Customer/4343';
    const noOwner = {caseId: null, checkoutToken: null, customerId: null, emailHash: null};
    const owner = {
      caseId: '',
      checkoutToken: 'tok-isolation',
      customerId: 'gid://shopify/Customer/4242',
      emailHash: 'a'.repeat(64),
    };
    let mine: FollowupCase;
    let myRule: Rule;

    beforeAll(async () => {
      await storage.staff.save(member({userId: '5101', lastSeenAt: 1_200}));
      myRule = rule({position: 0});
      await storage.rules.add(myRule);
      mine = openCase(key, {
        customerId: 'gid://shopify/Customer/4242',
        emailHash: 'a'.repeat(64),
        assigneeId: '5101',
        openedAt: 50_000,
      });
      owner.caseId = mine.id;
      await storage.cases.insert(mine);
      await storage.cases.insert(fullCase({shopperKey: resolvedKey}));
      await storage.journeys.save(
        {
          id: journeyId,
          shop: SHOP,
          checkoutToken: owner.checkoutToken,
          clientId: 'client-isolation',
          currentStep: 'payment',
          score: 10,
          startedAt: 49_000,
          lastActivityAt: 50_000,
          completedAt: null,
          customerId: owner.customerId,
          emailHash: owner.emailHash,
          orderId: null,
          cartTotal: 265.55,
          state: {version: 1},
        },
        50_000,
      );
      await storage.cases.linkJourneys(SHOP, mine.id, [journeyId], 50_000);
      await storage.caseEvents.add(event(mine.id));
      await storage.caseEvents.addContact({
        id: nextId('contact'),
        shop: SHOP,
        caseId: mine.id,
        at: 50_100,
        by: '5101',
        method: 'email',
        basis: 'service_recovery',
        message: null,
        callOutcome: null,
      });
    });

    /** Each read of this shop's records, asked of `shop`; the answer when nothing is found. */
    const reads: Array<[string, (shop: string) => Promise<unknown>, unknown]> = [
      ['staff.get', (shop) => storage.staff.get(shop, '5101'), undefined],
      ['staff.list', (shop) => storage.staff.list(shop), []],
      ['staff.count', (shop) => storage.staff.count(shop), 0],
      ['rules.get', (shop) => storage.rules.get(shop, myRule.id), undefined],
      ['rules.list', (shop) => storage.rules.list(shop), []],
      ['rules.nextPosition', (shop) => storage.rules.nextPosition(shop), 0],
      ['cases.get', (shop) => storage.cases.get(shop, mine.id), undefined],
      ['cases.openFor', (shop) => storage.cases.openFor(shop, key), undefined],
      [
        'cases.latestResolvedFor',
        (shop) => storage.cases.latestResolvedFor(shop, resolvedKey),
        undefined,
      ],
      ['cases.list open', (shop) => storage.cases.list(shop, {view: 'open', limit: 100}), []],
      [
        'cases.list resolved',
        (shop) => storage.cases.list(shop, {view: 'resolved', limit: 100}),
        [],
      ],
      ['cases.openCounts', (shop) => storage.cases.openCounts(shop), {}],
      ['cases.forJourney', (shop) => storage.cases.forJourney(shop, journeyId), []],
      ['cases.recentAssignments', (shop) => storage.cases.recentAssignments(shop, 0), []],
      ...(['caseId', 'checkoutToken', 'customerId', 'emailHash'] as const).map(
        (by): [string, (shop: string) => Promise<unknown>, unknown] => [
          `cases.openForOrder by ${by}`,
          (shop) => storage.cases.openForOrder(shop, {...noOwner, [by]: owner[by]}),
          [],
        ],
      ),
      [
        'cases.idsForShopper',
        (shop) =>
          storage.cases.idsForShopper(shop, {customerId: owner.customerId, emailHash: null}),
        [],
      ],
      ['caseEvents.forCase', (shop) => storage.caseEvents.forCase(shop, mine.id), []],
      ['caseEvents.contacts', (shop) => storage.caseEvents.contacts(shop, mine.id), []],
    ];

    it.each(reads)(
      'when another shop reads with this shop’s ids (%s), then it finds nothing, and this shop finds its own',
      async (_, read, nothing) => {
        expect(await read(SHOP)).not.toEqual(nothing);
        expect(await read(STRANGER)).toEqual(nothing);
      },
    );

    it('when another shop writes with this shop’s ids, then nothing of this shop changes', async () => {
      const {id, shop: _shop, position: _p, createdAt: _c, updatedAt: _u, ...input} = myRule;
      expect(await storage.rules.update(OTHER, id, {...input, name: 'Taken over'}, 99_000)).toBe(
        false,
      );
      await storage.rules.reorder(OTHER, [id], 99_000);
      await storage.staff.seen(OTHER, '5101', 99_000);
      expect(await storage.cases.update({...mine, shop: OTHER, revision: mine.revision + 1})).toBe(
        false,
      );
      await storage.cases.linkJourneys(OTHER, mine.id, ['jrn_00000000000000000000f0bb'], 99_000);

      expect(await storage.rules.get(SHOP, id)).toEqual(myRule);
      expect((await storage.staff.get(SHOP, '5101'))?.lastSeenAt).toBe(1_200);
      expect(await storage.cases.get(SHOP, mine.id)).toEqual(mine);
      expect(await storage.cases.forJourney(SHOP, 'jrn_00000000000000000000f0bb')).toEqual([]);
    });

    it('when another shop deletes with this shop’s ids, or is deleted, then this shop keeps everything', async () => {
      expect(await storage.rules.delete(OTHER, myRule.id)).toBe(false);
      await storage.cases.deleteCases(OTHER, [mine.id]);
      await storage.staff.deleteShop(OTHER);
      await storage.rules.deleteShop(OTHER);
      await storage.cases.deleteShop(OTHER);

      expect(await storage.staff.get(SHOP, '5101')).toBeDefined();
      expect(await storage.rules.get(SHOP, myRule.id)).toEqual(myRule);
      expect(await storage.cases.get(SHOP, mine.id)).toEqual(mine);
      expect(await storage.cases.forJourney(SHOP, journeyId)).toHaveLength(1);
      expect(await storage.caseEvents.forCase(SHOP, mine.id)).toHaveLength(1);
      expect(await storage.caseEvents.contacts(SHOP, mine.id)).toHaveLength(1);
    });

    it('when this shop deletes its cases, then their journeys, lines and contacts go with them', async () => {
      await storage.cases.deleteCases(SHOP, [mine.id]);
      expect(await storage.cases.get(SHOP, mine.id)).toBeUndefined();
      expect(await storage.cases.forJourney(SHOP, journeyId)).toEqual([]);
      expect(await storage.caseEvents.forCase(SHOP, mine.id)).toEqual([]);
      expect(await storage.caseEvents.contacts(SHOP, mine.id)).toEqual([]);
      expect(await storage.db('case_journeys').where({case_id: mine.id})).toEqual([]);
    });
  });

  describe('signals the rules have looked at', () => {
    const shop = 'signal-followup.myshopify.com';
    const early = 'jrn_00000000000000000000e001';
    const late = 'jrn_00000000000000000000e002';
    const looked = 'jrn_00000000000000000000e003';
    const elsewhere = 'jrn_00000000000000000000e004';

    beforeAll(async () => {
      await storage.signals.add(signal({shop, journeyId: early, recordedAt: 1_000}));
      await storage.signals.add(signal({shop, journeyId: early, recordedAt: 1_100}));
      await storage.signals.add(signal({shop, journeyId: late, recordedAt: 9_000}));
      await storage.signals.add(
        signal({shop, journeyId: looked, recordedAt: 1_000, followupAt: 1_500}),
      );
      await storage.signals.add(
        signal({shop, journeyId: null, dedupeKey: null, recordedAt: 1_000}),
      );
      await storage.signals.add(signal({shop: OTHER, journeyId: elsewhere, recordedAt: 1_200}));
    });

    const waiting = async (before: number, limit = 100) =>
      (await storage.signalFollowup.waitingBefore(before, limit))
        .filter((w) => [shop, OTHER].includes(w.shop))
        .map((w) => `${w.shop}/${w.journeyId}`)
        .sort();

    it('when signals were never looked at, then their journeys wait, once each, across shops, if recorded before the time', async () => {
      expect(await waiting(5_000)).toEqual([`${OTHER}/${elsewhere}`, `${shop}/${early}`]);
      expect(await waiting(10_000)).toEqual([
        `${OTHER}/${elsewhere}`,
        `${shop}/${early}`,
        `${shop}/${late}`,
      ]);
    });

    it('when more journeys wait than asked for, then the longest waiting come first', async () => {
      expect(await storage.signalFollowup.waitingBefore(10_000, 2)).toEqual([
        {shop, journeyId: early},
        {shop: OTHER, journeyId: elsewhere},
      ]);
    });

    it('when a shop asks which of its journeys wait, then only its own unlooked ones answer', async () => {
      const asked = [early, late, looked, elsewhere];
      expect((await storage.signalFollowup.journeysWaiting(shop, asked)).sort()).toEqual([
        early,
        late,
      ]);
      expect(await storage.signalFollowup.journeysWaiting(OTHER, asked)).toEqual([elsewhere]);
      expect(await storage.signalFollowup.journeysWaiting(shop, [])).toEqual([]);
    });

    it('when signals are marked as looked at, then they stop waiting, an earlier mark is kept, and another shop’s ids mark nothing', async () => {
      const mine = await storage.signals.forJourney(shop, early);
      const theirs = await storage.signals.forJourney(OTHER, elsewhere);
      const lookedAlready = await storage.signals.forJourney(shop, looked);
      await storage.signalFollowup.markLookedAt(
        shop,
        [...mine, ...theirs, ...lookedAlready].map((s) => s.id),
        2_000,
      );
      expect(await waiting(5_000)).toEqual([`${OTHER}/${elsewhere}`]);
      expect((await storage.signals.forJourney(shop, early)).map((s) => s.followupAt)).toEqual([
        2_000, 2_000,
      ]);
      expect((await storage.signals.forJourney(shop, looked)).map((s) => s.followupAt)).toEqual([
        1_500,
      ]);
      expect((await storage.signals.forJourney(OTHER, elsewhere)).map((s) => s.followupAt)).toEqual(
        [null],
      );
    });

    it('when more signals are marked than one statement holds, then every one is marked', async () => {
      const many = Array.from({length: 1_100}, (_, i) =>
        signal({shop, journeyId: 'jrn_00000000000000000000e0ff', recordedAt: 1_000 + i}),
      );
      await storage.signals.addNew(many);
      await storage.signalFollowup.markLookedAt(
        shop,
        many.map((s) => s.id),
        3_000,
      );
      expect(
        await storage.signalFollowup.journeysWaiting(shop, ['jrn_00000000000000000000e0ff']),
      ).toEqual([]);
    });
  });
  describe('what the queries answer', () => {
    const shop = 'queries.myshopify.com';

    it('when a member is added twice, then the first stays; a save keeps when they were last seen', async () => {
      const first = member({shop, userId: '6101', name: 'First'});
      expect(await storage.staff.addIfAbsent(first)).toBe(true);
      expect(await storage.staff.addIfAbsent({...first, name: 'Second'})).toBe(false);
      await storage.staff.seen(shop, '6101', 8_000);
      await storage.staff.save({...first, name: 'Renamed', role: 'agent', lastSeenAt: 1});
      expect(await storage.staff.get(shop, '6101')).toEqual({
        ...first,
        name: 'Renamed',
        role: 'agent',
        lastSeenAt: 8_000,
      });
      await storage.staff.addIfAbsent(member({shop, userId: '6102', createdAt: 500}));
      expect((await storage.staff.list(shop)).map((m) => m.userId)).toEqual(['6102', '6101']);
      expect(await storage.staff.count(shop)).toBe(2);
    });

    it('when rules are reordered, then they list in their new places and the next place follows the last', async () => {
      const [a, b, c] = [0, 1, 2].map((position) =>
        rule({shop, position, name: `Rule ${position}`}),
      );
      for (const r of [a, b, c]) if (r) await storage.rules.add(r);
      expect(await storage.rules.nextPosition(shop)).toBe(3);
      await storage.rules.reorder(
        shop,
        [c, a, b].map((r) => r?.id ?? ''),
        9_000,
      );
      const listed = await storage.rules.list(shop);
      expect(listed.map((r) => [r.name, r.position, r.updatedAt])).toEqual([
        ['Rule 2', 0, 9_000],
        ['Rule 0', 1, 9_000],
        ['Rule 1', 2, 9_000],
      ]);
      expect(await storage.rules.delete(shop, c?.id ?? '')).toBe(true);
      expect(await storage.rules.delete(shop, c?.id ?? '')).toBe(false);
    });

    it('when a stored rule no longer reads as a rule, then it is left out rather than guessed at', async () => {
      const broken = rule({shop: 'broken-rule.myshopify.com'});
      await storage.rules.add(broken);
      await storage
        .db('followup_rules')
        .where({id: broken.id})
        .update({definition_json: '{"name":"x"}'});
      expect(await storage.rules.list(broken.shop)).toEqual([]);
      expect(await storage.rules.get(broken.shop, broken.id)).toBeUndefined();
    });

    it('when cases are listed, then open ones come by due time, resolved ones newest first, within the limit', async () => {
      const at = (dueAt: number, resolvedAt: number | null) =>
        resolvedAt === null
          ? openCase(nextId('email:list'), {
              shop,
              dueAt,
              priority: dueAt > 2_000 ? 'normal' : 'urgent',
            })
          : fullCase({shop, shopperKey: nextId('email:list'), resolvedAt});
      const cases = [at(3_000, null), at(1_000, null), at(2_000, null), at(0, 5_000), at(0, 6_000)];
      for (const c of cases) await storage.cases.insert(c);
      const open = await storage.cases.list(shop, {view: 'open', limit: 2});
      expect(open.map((c) => c.dueAt)).toEqual([1_000, 2_000]);
      const resolved = await storage.cases.list(shop, {view: 'resolved', limit: 10});
      expect(resolved.map((c) => c.resolvedAt)).toEqual([6_000, 5_000]);
      expect(await storage.cases.openCounts(shop)).toEqual({urgent: 2, normal: 1});
    });

    it('when people were given cases, then each appears once, by their latest, newest first, since the time asked', async () => {
      const given = async (assigneeId: string, openedAt: number) =>
        storage.cases.insert(
          openCase(nextId('email:assigned'), {
            shop: 'assignments.myshopify.com',
            assigneeId,
            openedAt,
          }),
        );
      await given('ana', 1_000);
      await given('ben', 2_000);
      await given('ana', 3_000);
      await given('cy', 500);
      expect(await storage.cases.recentAssignments('assignments.myshopify.com', 900)).toEqual([
        {userId: 'ana', at: 3_000},
        {userId: 'ben', at: 2_000},
      ]);
    });

    it('when an order comes, then the open cases it may end are found by any of its keys, and resolved ones are not', async () => {
      const orderShop = 'orders.myshopify.com';
      const byCustomer = openCase('customer:c-1', {
        shop: orderShop,
        customerId: 'c-1',
        emailHash: null,
      });
      const byEmail = openCase('email:h-1', {shop: orderShop, customerId: null, emailHash: 'h-1'});
      const done = fullCase({shop: orderShop, shopperKey: 'customer:c-1', customerId: 'c-1'});
      for (const c of [byCustomer, byEmail, done]) await storage.cases.insert(c);
      const find = async (owner: Partial<Parameters<typeof storage.cases.openForOrder>[1]>) =>
        (
          await storage.cases.openForOrder(orderShop, {
            caseId: null,
            checkoutToken: null,
            customerId: null,
            emailHash: null,
            ...owner,
          })
        )
          .map((c) => c.id)
          .sort();
      expect(await find({customerId: 'c-1'})).toEqual([byCustomer.id]);
      expect(await find({emailHash: 'h-1'})).toEqual([byEmail.id]);
      expect(await find({caseId: byEmail.id, customerId: 'c-1'})).toEqual(
        [byCustomer.id, byEmail.id].sort(),
      );
      expect(await find({caseId: done.id})).toEqual([]);
      expect(await find({})).toEqual([]);
    });
  });
});
