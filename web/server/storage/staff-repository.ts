import type {Knex} from 'knex';
import {z} from 'zod';
import {STAFF_ROLES, workingHoursSchema, type StaffMember} from '../followup/types';

interface StaffRow {
  shop: string;
  user_id: string;
  name: string | null;
  email: string | null;
  role: string;
  time_zone: string | null;
  working_hours_json: string | null;
  available: boolean | number;
  mute_outside_hours: boolean | number;
  created_at: number | string;
  updated_at: number | string;
  last_seen_at: number | string | null;
}

const roleSchema = z.enum(STAFF_ROLES);

/** The people of a shop who follow up, keyed by their Shopify user id (the session token's `sub`). */
export function createStaffRepository(db: Knex) {
  return {
    async list(shop: string): Promise<StaffMember[]> {
      const rows = await db<StaffRow>('staff')
        .where({shop})
        .orderBy('created_at')
        .orderBy('user_id');
      return rows.map(toMember);
    },

    async get(shop: string, userId: string): Promise<StaffMember | undefined> {
      const row = await db<StaffRow>('staff').where({shop, user_id: userId}).first();
      return row ? toMember(row) : undefined;
    },

    async count(shop: string): Promise<number> {
      const row = await db('staff').where({shop}).count<{n: number | string}>({n: '*'}).first();
      return Number(row?.n ?? 0);
    },

    /** Adds the member unless the shop already knows them; true when this call added them. */
    async addIfAbsent(member: StaffMember): Promise<boolean> {
      const added = await db('staff')
        .insert(toRow(member))
        .onConflict(['shop', 'user_id'])
        .ignore()
        .returning('user_id');
      return added.length > 0;
    },

    async save(member: StaffMember): Promise<void> {
      await db('staff')
        .insert(toRow(member))
        .onConflict(['shop', 'user_id'])
        .merge([
          'name',
          'email',
          'role',
          'time_zone',
          'working_hours_json',
          'available',
          'mute_outside_hours',
          'updated_at',
        ]);
    },

    async seen(shop: string, userId: string, at: number): Promise<void> {
      await db('staff').where({shop, user_id: userId}).update({last_seen_at: at});
    },

    async deleteShop(shop: string): Promise<void> {
      await db('staff').where({shop}).delete();
    },
  };
}

export type StaffRepository = ReturnType<typeof createStaffRepository>;

function toRow(member: StaffMember) {
  return {
    shop: member.shop,
    user_id: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    time_zone: member.timeZone,
    working_hours_json: member.workingHours ? JSON.stringify(member.workingHours) : null,
    available: member.available,
    mute_outside_hours: member.muteOutsideHours ?? false,
    created_at: member.createdAt,
    updated_at: member.updatedAt,
    last_seen_at: member.lastSeenAt,
  };
}

function toMember(row: StaffRow): StaffMember {
  const hours = row.working_hours_json
    ? workingHoursSchema.safeParse(JSON.parse(row.working_hours_json))
    : null;
  const role = roleSchema.safeParse(row.role);
  return {
    shop: row.shop,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: role.success ? role.data : 'agent',
    timeZone: row.time_zone,
    workingHours: hours?.success ? hours.data : null,
    available: Boolean(row.available),
    muteOutsideHours: Boolean(row.mute_outside_hours),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    lastSeenAt: row.last_seen_at === null ? null : Number(row.last_seen_at),
  };
}
