import type {Knex} from 'knex';
import {ruleInputSchema, type Rule, type RuleInput} from '../followup/rule';

interface RuleRow {
  id: string;
  shop: string;
  position: number | string;
  definition_json: string;
  created_at: number | string;
  updated_at: number | string;
}

/** The shop's follow-up rules, in the order the merchant set (the first match decides). */
export function createRulesRepository(db: Knex) {
  return {
    async list(shop: string): Promise<Rule[]> {
      const rows = await db<RuleRow>('followup_rules')
        .where({shop})
        .orderBy([{column: 'position'}, {column: 'created_at'}]);
      return rows.flatMap(toRule);
    },

    async get(shop: string, id: string): Promise<Rule | undefined> {
      const row = await db<RuleRow>('followup_rules').where({shop, id}).first();
      return row ? toRule(row)[0] : undefined;
    },

    async add(rule: Rule): Promise<void> {
      await db('followup_rules').insert(toRow(rule));
    },

    /** False when the shop has no such rule. */
    async update(shop: string, id: string, input: RuleInput, now: number): Promise<boolean> {
      const changed = await db('followup_rules')
        .where({shop, id})
        .update({definition_json: JSON.stringify(input), updated_at: now});
      return changed > 0;
    },

    async delete(shop: string, id: string): Promise<boolean> {
      return (await db('followup_rules').where({shop, id}).delete()) > 0;
    },

    /** Gives each listed rule its place; ids of other shops change nothing. */
    async reorder(shop: string, ids: string[], now: number): Promise<void> {
      for (const [position, id] of ids.entries()) {
        await db('followup_rules').where({shop, id}).update({position, updated_at: now});
      }
    },

    async nextPosition(shop: string): Promise<number> {
      const row = await db('followup_rules')
        .where({shop})
        .max<{top: number | string | null}>({top: 'position'})
        .first();
      return row?.top === null || row?.top === undefined ? 0 : Number(row.top) + 1;
    },

    async deleteShop(shop: string): Promise<void> {
      await db('followup_rules').where({shop}).delete();
    },
  };
}

export type RulesRepository = ReturnType<typeof createRulesRepository>;

function toRow(rule: Rule) {
  const {id, shop, position, createdAt, updatedAt, ...input} = rule;
  return {
    id,
    shop,
    position,
    definition_json: JSON.stringify(input),
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

/** A stored rule that no longer reads as a rule is left out rather than guessed at. */
function toRule(row: RuleRow): Rule[] {
  const parsed = ruleInputSchema.safeParse(JSON.parse(row.definition_json));
  if (!parsed.success) return [];
  return [
    {
      ...parsed.data,
      id: row.id,
      shop: row.shop,
      position: Number(row.position),
      createdAt: Number(row.created_at),
      updatedAt: Number(row.updated_at),
    },
  ];
}
