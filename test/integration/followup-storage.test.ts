import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStorage, type Storage} from '../../web/server/storage';
import type {Signal} from '../../web/server/storage/signals-repository';
import type {Rule} from '../../web/server/followup/rule';
import type {
  CaseContact,
  CaseEvent,
  FollowupCase,
  JourneySnapshot,
  StaffMember,
} from '../../web/server/followup/types';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';
import {storedRow, unwrittenColumns} from '../support/row-coverage';

const SHOP = 'followup-battery.myshopify.com';
const OTHER = 'other-followup.myshopify.com';
/** A shop that has nothing at all: whatever it reads of this shop's ids must come back empty. */
const STRANGER = 'stranger.myshopify.com';
const JOURNEY = 'jrn_00000000000000000000f001';

let ids = 0;
const nextId = (prefix: string) => {
  ids += 1;
  return `${prefix}-${String(ids).padStart(6, '0')}`;
};

function member(overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    shop: SHOP,
    userId: '4101',
    name: 'Anna Berg',
    email: 'anna@furs.example',
    role: 'lead',
    timeZone: 'America/Toronto',
    workingHours: [{day: 1, start: '09:00', end: '17:00'}],
    // Not the column's default, so that a forgotten write shows.
    available: false,
    createdAt: 1_000,
    updatedAt: 1_100,
    lastSeenAt: 1_200,
    ...overrides,
  };
}

function rule(overrides: Partial<Rule> = {}): Rule {
  return {
    id: nextId('rule'),
    shop: SHOP,
    position: 3,
    name: 'Refused code over 200',
    enabled: false,
    signalTypes: ['code_rejected', 'promo_not_applied'],
    conditions: {
      minCartValue: 200,
      cartAboveMedian: true,
      customer: 'returning',
      campaign: {campaignId: 'cmp-1'},
      minScore: 40,
      contactable: true,
    },
    priority: 'high',
    assignee: {kind: 'person', userId: '4101'},
    contactWithinMinutes: 45,
    channel: 'invoice',
    createdAt: 2_000,
    updatedAt: 2_100,
    ...overrides,
  };
}

function journeySnapshot(journeyId: string): JourneySnapshot {
  const money = (amount: number) => ({amount, currencyCode: 'CAD'});
  return {
    journeyId,
    checkoutToken: `tok-${journeyId}`,
    startedAt: 3_000,
    lastActivityAt: 3_500,
    steps: [{step: 'payment', firstAt: 3_100, lastAt: 3_500, durationMs: 400}],
    furthestStep: 'payment',
    cart: {
      currencyCode: 'CAD',
      lines: [
        {
          title: 'Fox fur collar',
          variantId: 'gid://shopify/ProductVariant/1',
          sku: 'FOX-1',
          quantity: 2,
          unitPrice: money(110),
          linePrice: money(220),
          properties: [{key: 'Engraving', value: 'A.B.'}],
        },
      ],
      subtotal: money(220),
      shipping: money(15),
      tax: money(30.55),
      total: money(265.55),
      discountsAmount: null,
      codesApplied: [],
    },
    codesTried: [{code: 'WINTER20', message: 'Enter a valid discount code', times: 2}],
    signals: [
      {
        id: 'sig-1',
        type: 'code_rejected',
        severity: 'high',
        sentence: 'The code WINTER20 was refused twice.',
        occurredAt: 3_400,
        alertText: 'Enter a valid discount code',
      },
    ],
    shopper: {
      customerId: 'gid://shopify/Customer/9',
      isFirstOrder: false,
      acceptsEmailMarketing: true,
    },
  };
}

/** A case with every field set (resolved, so that its open key is the one column left empty). */
function fullCase(overrides: Partial<FollowupCase> = {}): FollowupCase {
  const journeys = [journeySnapshot(JOURNEY)];
  return {
    id: nextId('case'),
    shop: SHOP,
    shopperKey: 'customer:gid://shopify/Customer/9',
    status: 'resolved',
    priority: 'high',
    ruleId: 'rule-1',
    assigneeId: '4101',
    suggestedChannel: 'invoice',
    openedAt: 4_000,
    dueAt: 4_900,
    firstContactAt: 4_500,
    snoozedUntil: 4_600,
    resolvedAt: 5_000,
    outcome: 'purchased',
    resolvedOrderId: 'gid://shopify/Order/77',
    recoveredRevenue: {amount: 265.55, currencyCode: 'CAD'},
    customerId: 'gid://shopify/Customer/9',
    emailHash: 'e'.repeat(64),
    signalTypes: ['code_rejected'],
    campaignId: 'cmp-1',
    journeyIds: journeys.map((j) => j.journeyId),
    snapshot: {
      takenAt: 4_000,
      promise: {
        campaignId: 'cmp-1',
        campaignName: 'Winter clearance',
        promiseSentence: '20% off your entire order',
        codes: ['WINTER20'],
        startsAt: 1_000,
        endsAt: 9_000,
        terms: null,
        codeState: {
          code: 'WINTER20',
          status: 'active',
          checkedAt: 3_900,
          summary: 'the code works',
        },
      },
      journeys,
    },
    shopperStatus: {state: 'unavailable', readAt: 4_100, reason: 'Shopify could not be reached'},
    contactDetails: {
      name: 'Marie Tremblay',
      email: 'marie@example.com',
      phone: '+1 514 555 0199',
      locale: 'fr-CA',
      readAt: 4_200,
    },
    draftOrder: {
      id: 'gid://shopify/DraftOrder/5',
      name: '#D5',
      invoiceUrl: 'https://furs.example/invoices/5',
      discount: {kind: 'code', code: 'WINTER20'},
      droppedLines: [{title: 'Gift wrap', quantity: 1}],
      createdAt: 4_300,
      invoiceSentAt: 4_400,
    },
    updatedAt: 5_000,
    revision: 7,
    ...overrides,
  };
}

/** An open case of `shopperKey`: what the rules write when a case opens. */
function openCase(shopperKey: string, overrides: Partial<FollowupCase> = {}): FollowupCase {
  return fullCase({
    shopperKey,
    status: 'new',
    resolvedAt: null,
    outcome: null,
    resolvedOrderId: null,
    recoveredRevenue: null,
    revision: 1,
    ...overrides,
  });
}

function event(caseId: string, overrides: Partial<CaseEvent> = {}): CaseEvent {
  return {
    id: nextId('event'),
    shop: SHOP,
    caseId,
    at: 6_000,
    actor: '4101',
    kind: 'resolved',
    sentence: 'Bought at 10:52: order #1001.',
    data: {orderId: 'gid://shopify/Order/77', lines: [1, 2]},
    ...overrides,
  };
}

function signal(overrides: Partial<Signal> = {}): Signal {
  return {
    id: crypto.randomUUID(),
    shop: SHOP,
    type: 'promo_not_applied',
    severity: 'high',
    sentence: 'The promised code took nothing off.',
    evidence: {code: 'WINTER20'},
    source: 'pixel',
    campaignId: null,
    checkoutToken: null,
    orderId: null,
    customerId: null,
    occurredAt: 10_000,
    recordedAt: 10_000,
    journeyId: JOURNEY,
    dedupeKey: crypto.randomUUID(),
    resolvedAt: null,
    resolution: null,
    followupAt: null,
    ...overrides,
  };
}

describe.each(batteryEngines())('follow-up storage on %s', (engine) => {
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

  describe('records read back keep everything written', () => {
    it('when a staff member with every field set is saved, read, saved again and read, then nothing is lost', async () => {
      const written = member();
      await storage.staff.save(written);
      const where = {shop: SHOP, user_id: written.userId};
      const row = await storedRow(storage.db, 'staff', where);
      expect(await unwrittenColumns(storage.db, 'staff', row)).toEqual([]);

      const read = await storage.staff.get(SHOP, written.userId);
      expect(read).toEqual(written);
      if (!read) throw new Error('staff member not read back');
      await storage.staff.save(read);
      expect(await storedRow(storage.db, 'staff', where)).toEqual(row);
      expect(await storage.staff.list(SHOP)).toEqual([written]);
    });

    it('when a rule with every field set is added, read, updated with what was read and read, then nothing is lost', async () => {
      const written = rule();
      await storage.rules.add(written);
      const row = await storedRow(storage.db, 'followup_rules', {id: written.id});
      expect(await unwrittenColumns(storage.db, 'followup_rules', row)).toEqual([]);

      const read = await storage.rules.get(SHOP, written.id);
      expect(read).toEqual(written);
      if (!read) throw new Error('rule not read back');
      const {id, shop, position, createdAt, updatedAt, ...input} = read;
      expect(await storage.rules.update(shop, id, input, updatedAt)).toBe(true);
      expect(await storedRow(storage.db, 'followup_rules', {id})).toEqual(row);
      expect({position, createdAt}).toEqual({position: 3, createdAt: 2_000});
      await storage.rules.delete(SHOP, written.id);
    });

    it('when a case with every field set is inserted, read, written again and read, then nothing is lost', async () => {
      const written = fullCase();
      expect(await storage.cases.insert(written)).toBe('inserted');
      const row = await storedRow(storage.db, 'cases', {id: written.id});
      // A resolved case holds no open key: that is what lets the shopper's next case open.
      expect(await unwrittenColumns(storage.db, 'cases', row)).toEqual(['open_key']);

      const read = await storage.cases.get(SHOP, written.id);
      expect(read).toEqual(written);
      if (!read) throw new Error('case not read back');
      expect(await storage.cases.update({...read, revision: read.revision + 1})).toBe(true);
      expect(await storedRow(storage.db, 'cases', {id: written.id})).toEqual({
        ...row,
        revision: Number(row.revision) + 1,
      });
      expect(await storage.cases.get(SHOP, written.id)).toEqual({...written, revision: 8});
    });

    it('when a journey is linked to a case, then every column of the link is written, once', async () => {
      const followup = fullCase();
      await storage.cases.insert(followup);
      await storage.cases.linkJourneys(SHOP, followup.id, [JOURNEY], 6_500);
      await storage.cases.linkJourneys(SHOP, followup.id, [JOURNEY], 6_600);
      const row = await storedRow(storage.db, 'case_journeys', {case_id: followup.id});
      expect(await unwrittenColumns(storage.db, 'case_journeys', row)).toEqual([]);
      expect(Number(row.joined_at)).toBe(6_500);
      expect((await storage.cases.forJourney(SHOP, JOURNEY)).map((c) => c.id)).toContain(
        followup.id,
      );
    });

    it('when a timeline line and a contact with every field set are added, then they are read back whole', async () => {
      const caseId = nextId('case');
      const line = event(caseId);
      expect(await storage.caseEvents.add(line, `resolved-by:order-77:${caseId}`)).toBe(true);
      const eventRow = await storedRow(storage.db, 'case_events', {id: line.id});
      expect(await unwrittenColumns(storage.db, 'case_events', eventRow)).toEqual([]);
      expect(await storage.caseEvents.forCase(SHOP, caseId)).toEqual([line]);

      const contact: CaseContact = {
        id: nextId('contact'),
        shop: SHOP,
        caseId,
        at: 6_100,
        by: '4101',
        method: 'phone',
        basis: 'service_recovery',
        message: 'Called about the refused code.',
        callOutcome: 'reached',
      };
      await storage.caseEvents.addContact(contact);
      const contactRow = await storedRow(storage.db, 'case_contacts', {id: contact.id});
      expect(await unwrittenColumns(storage.db, 'case_contacts', contactRow)).toEqual([]);
      expect(await storage.caseEvents.contacts(SHOP, caseId)).toEqual([contact]);
    });
  });

  describe('one open case per shopper', () => {
    it('when two cases open for one shopper, then the database takes the first and the second answers conflict', async () => {
      const key = 'email:one-open';
      const first = openCase(key);
      expect(await storage.cases.insert(first)).toBe('inserted');
      expect(await storage.cases.insert(openCase(key))).toBe('conflict');
      const row = await storedRow(storage.db, 'cases', {id: first.id});
      expect(row.open_key).toBe(key);
      expect((await storage.cases.openFor(SHOP, key))?.id).toBe(first.id);
      // Another shop's shopper with the same key is somebody else.
      expect(await storage.cases.insert(openCase(key, {shop: OTHER}))).toBe('inserted');
    });

    it('when two cases open for one shopper at once, then exactly one is inserted', async () => {
      const key = 'email:at-once';
      const answers = await Promise.all(
        Array.from({length: 5}, () => storage.transaction((tx) => tx.cases.insert(openCase(key)))),
      );
      expect(answers.filter((a) => a === 'inserted')).toHaveLength(1);
      expect(answers.filter((a) => a === 'conflict')).toHaveLength(4);
    });

    it('when the second insert conflicts inside a transaction, then the transaction goes on and commits', async () => {
      const key = 'email:conflict-in-transaction';
      await storage.cases.insert(openCase(key));
      const later = openCase(key);
      const committed = await storage.transaction(async (tx) => {
        expect(await tx.cases.insert(later)).toBe('conflict');
        await tx.caseEvents.add(event(later.id, {kind: 'note'}));
        return tx.caseEvents.forCase(SHOP, later.id);
      });
      expect(committed).toHaveLength(1);
      expect(await storage.caseEvents.forCase(SHOP, later.id)).toHaveLength(1);
    });

    it('when the open case is resolved, then a new one opens, and the resolved one cannot reopen beside it', async () => {
      const key = 'email:resolved-then-new';
      const first = openCase(key);
      await storage.cases.insert(first);
      const resolved = {...first, status: 'resolved' as const, resolvedAt: 7_000, revision: 2};
      expect(await storage.cases.update(resolved)).toBe(true);
      expect(await storage.cases.openFor(SHOP, key)).toBeUndefined();
      expect((await storage.cases.latestResolvedFor(SHOP, key))?.id).toBe(first.id);

      const second = openCase(key);
      expect(await storage.cases.insert(second)).toBe('inserted');
      const reopened = {...resolved, status: 'new' as const, resolvedAt: null, revision: 3};
      expect(await storage.cases.update(reopened)).toBe(false);
      expect((await storage.cases.openFor(SHOP, key))?.id).toBe(second.id);
    });

    it('when reopening beside an open case fails inside a transaction, then the transaction goes on and commits', async () => {
      const key = 'email:reopen-in-transaction';
      const first = openCase(key);
      await storage.cases.insert(first);
      const resolved = {...first, status: 'resolved' as const, resolvedAt: 7_000, revision: 2};
      await storage.cases.update(resolved);
      await storage.cases.insert(openCase(key));
      await storage.transaction(async (tx) => {
        expect(await tx.cases.update({...resolved, resolvedAt: null, revision: 3})).toBe(false);
        await tx.caseEvents.add(event(first.id, {kind: 'note'}));
      });
      expect(await storage.caseEvents.forCase(SHOP, first.id)).toHaveLength(1);
    });
  });

  describe('revisions', () => {
    it.each([
      ['the same revision again', 0],
      ['a revision skipped', 2],
      ['an older revision', -1],
    ])(
      'when a case is written from %s, then nothing changes and it answers false',
      async (_, step) => {
        const followup = openCase(nextId('email:revision'));
        await storage.cases.insert(followup);
        const stale = {
          ...followup,
          priority: 'urgent' as const,
          revision: followup.revision + step,
        };
        expect(await storage.cases.update(stale)).toBe(false);
        expect(await storage.cases.get(SHOP, followup.id)).toEqual(followup);
      },
    );

    it('when two people write the same revision, then only the first is kept', async () => {
      const followup = openCase(nextId('email:race'));
      await storage.cases.insert(followup);
      const next = {...followup, revision: followup.revision + 1};
      expect(await storage.cases.update({...next, assigneeId: 'first'})).toBe(true);
      expect(await storage.cases.update({...next, assigneeId: 'second'})).toBe(false);
      expect((await storage.cases.get(SHOP, followup.id))?.assigneeId).toBe('first');
    });
  });

  describe('once keys', () => {
    it('when five writers add the same once line at once, each in its transaction, then it is added once', async () => {
      const caseId = nextId('case');
      const onceKey = `resolved-by:order-5:${caseId}`;
      const answers = await Promise.all(
        Array.from({length: 5}, () =>
          storage.transaction((tx) => tx.caseEvents.add(event(caseId), onceKey)),
        ),
      );
      expect(answers.filter(Boolean)).toHaveLength(1);
      expect(await storage.caseEvents.forCase(SHOP, caseId)).toHaveLength(1);
    });

    it('when five writers add the same once line at once, outside transactions, then it is added once', async () => {
      const caseId = nextId('case');
      const answers = await Promise.all(
        Array.from({length: 5}, () => storage.caseEvents.add(event(caseId), `once:${caseId}`)),
      );
      expect(answers.filter(Boolean)).toHaveLength(1);
      expect(await storage.caseEvents.forCase(SHOP, caseId)).toHaveLength(1);
    });

    it('when lines have no once key, then every one is added; another shop has once keys of its own', async () => {
      const caseId = nextId('case');
      expect(await storage.caseEvents.add(event(caseId, {kind: 'note'}))).toBe(true);
      expect(await storage.caseEvents.add(event(caseId, {kind: 'note'}))).toBe(true);
      expect(await storage.caseEvents.add(event(caseId), 'shared-once')).toBe(true);
      expect(await storage.caseEvents.add(event(caseId, {shop: OTHER}), 'shared-once')).toBe(true);
      expect(await storage.caseEvents.forCase(SHOP, caseId)).toHaveLength(3);
    });
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
});
