import {forgetContact} from '../../web/server/followup/contact-retention';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStorage, type Storage} from '../../web/server/storage';
import type {CaseContact} from '../../web/server/followup/types';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';
import {storedRow, unwrittenColumns} from '../support/row-coverage';
import {
  event,
  fullCase,
  JOURNEY,
  member,
  nextId,
  openCase,
  OTHER,
  rule,
  SHOP,
} from '../support/followup-records';

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
      // A resolved case holds no open key (the shopper's next case may open) and no contact
      // details (they live on a case only while a person may contact the shopper).
      expect(await unwrittenColumns(storage.db, 'cases', row)).toEqual([
        'open_key',
        'contact_json',
        'asked_contact_json',
      ]);
      const kept = forgetContact(written);

      const read = await storage.cases.get(SHOP, written.id);
      expect(read).toEqual(kept);
      if (!read) throw new Error('case not read back');
      expect(await storage.cases.update({...read, revision: read.revision + 1})).toBe(true);
      expect(await storedRow(storage.db, 'cases', {id: written.id})).toEqual({
        ...row,
        revision: Number(row.revision) + 1,
      });
      expect(await storage.cases.get(SHOP, written.id)).toEqual({...kept, revision: 8});
    });

    it('when an open case with its contact details is stored, then they are written and read back', async () => {
      const written = {
        ...fullCase(),
        id: '00000000-0000-4000-8000-0000000c0de2',
        shopperKey: 'customer:gid://shopify/Customer/4242',
        status: 'contacted' as const,
        resolvedAt: null,
        outcome: null,
        resolvedOrderId: null,
        recoveredRevenue: null,
      };
      expect(await storage.cases.insert(written)).toBe('inserted');
      const row = await storedRow(storage.db, 'cases', {id: written.id});
      expect(row.contact_json).not.toBeNull();
      expect(row.asked_contact_json).not.toBeNull();
      expect(row.open_key).toBe(written.shopperKey);
      expect(await storage.cases.get(SHOP, written.id)).toEqual(written);
      await storage.cases.deleteCases(SHOP, [written.id]);
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
});
