import type {Knex} from 'knex';
import {z} from 'zod';
import {
  CASE_EVENT_KINDS,
  CONTACT_BASES,
  CONTACT_METHODS,
  type CaseContact,
  type CaseEvent,
} from '../followup/types';
import {parseStoredWording, storedWording} from '../sentences/stored-wording';

interface EventRow {
  id: string;
  shop: string;
  case_id: string;
  at: number | string;
  actor: string;
  kind: string;
  sentence: string;
  data_json: string;
  wording_json: string | null;
  once_key: string | null;
}

interface ContactRow {
  id: string;
  shop: string;
  case_id: string;
  at: number | string;
  by: string;
  method: string;
  basis: string;
  message: string | null;
  call_outcome: string | null;
}

const dataSchema = z.record(z.string(), z.unknown()).catch({});

/** A case's timeline and the contacts made, each line with who and when. */
export function createCaseEventsRepository(db: Knex) {
  return {
    /**
     * Adds the line; with `onceKey`, only the first writer's line goes in (an order delivered five
     * times resolves once) and later ones answer false.
     */
    async add(event: CaseEvent, onceKey: string | null = null): Promise<boolean> {
      const added = await db('case_events')
        .insert({
          id: event.id,
          shop: event.shop,
          case_id: event.caseId,
          at: event.at,
          actor: event.actor,
          kind: event.kind,
          sentence: event.sentence,
          data_json: JSON.stringify(event.data),
          wording_json: storedWording(event.wording),
          once_key: onceKey,
        })
        .onConflict(['shop', 'once_key'])
        .ignore()
        .returning('id');
      return added.length > 0;
    },

    async forCase(shop: string, caseId: string): Promise<CaseEvent[]> {
      const rows = await db<EventRow>('case_events')
        .where({shop, case_id: caseId})
        .orderBy([{column: 'at'}, {column: 'id'}]);
      return rows.map((row) => ({
        id: row.id,
        shop: row.shop,
        caseId: row.case_id,
        at: Number(row.at),
        actor: row.actor,
        kind: z.enum(CASE_EVENT_KINDS).catch('note').parse(row.kind),
        sentence: row.sentence,
        data: dataSchema.parse(JSON.parse(row.data_json)),
        wording: parseStoredWording(row.wording_json),
      }));
    },

    async addContact(contact: CaseContact): Promise<void> {
      await db('case_contacts').insert({
        id: contact.id,
        shop: contact.shop,
        case_id: contact.caseId,
        at: contact.at,
        by: contact.by,
        method: contact.method,
        basis: contact.basis,
        message: contact.message,
        call_outcome: contact.callOutcome,
      });
    },

    async contacts(shop: string, caseId: string): Promise<CaseContact[]> {
      const rows = await db<ContactRow>('case_contacts')
        .where({shop, case_id: caseId})
        .orderBy([{column: 'at'}, {column: 'id'}]);
      return rows.map((row) => ({
        id: row.id,
        shop: row.shop,
        caseId: row.case_id,
        at: Number(row.at),
        by: row.by,
        method: z.enum(CONTACT_METHODS).catch('copied').parse(row.method),
        basis: z.enum(CONTACT_BASES).parse(row.basis),
        message: row.message,
        callOutcome: row.call_outcome,
      }));
    },
  };
}

export type CaseEventsRepository = ReturnType<typeof createCaseEventsRepository>;
