import {z} from 'zod/mini';
import {
  STAFF_ROLES,
  type NewStaffInput,
  type StaffChanges,
  type StaffRole,
} from '../../../shared/staff-schemas';
import type {ApiClient} from './api-client';

/** `/api/staff`: the shop's people who follow up; the one acting is the session token's user. */
export const STAFF_PATH = '/api/staff';
export const STAFF_ME_PATH = '/api/staff/me';

export {STAFF_ROLES, type NewStaffInput, type StaffChanges, type StaffRole};

const workingHoursSchema = z.array(z.object({day: z.number(), start: z.string(), end: z.string()}));

const staffSchema = z.object({
  userId: z.string(),
  name: z.nullable(z.string()),
  email: z.nullable(z.string()),
  role: z.enum(STAFF_ROLES),
  timeZone: z.nullable(z.string()),
  workingHours: z.nullable(workingHoursSchema),
  available: z.boolean(),
  /** Optional: a server from before notifications does not say. */
  muteOutsideHours: z.optional(z.boolean()),
  onShiftNow: z.boolean(),
  lastSeenAt: z.nullable(z.number()),
  isMe: z.boolean(),
});

export type Staff = z.infer<typeof staffSchema>;
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export function staffMemberPath(userId: string): string {
  return `${STAFF_PATH}/${encodeURIComponent(userId)}`;
}

// Module-level parsers: `useApiQuery` refetches when its parser changes identity.
const staffListSchema = z.object({staff: z.array(staffSchema)});
const meSchema = z.object({me: staffSchema});
const oneSchema = z.object({staff: staffSchema});
export const parseStaffList = (body: unknown): Staff[] => staffListSchema.parse(body).staff;
export const parseMe = (body: unknown): Staff => meSchema.parse(body).me;
const parseOne = (body: unknown): Staff => oneSchema.parse(body).staff;

export function addStaff(client: ApiClient, input: NewStaffInput): Promise<Staff> {
  return client.request(STAFF_PATH, parseOne, {method: 'POST', body: input});
}

export function updateStaff(
  client: ApiClient,
  userId: string,
  changes: StaffChanges,
): Promise<Staff> {
  return client.request(staffMemberPath(userId), parseOne, {method: 'PUT', body: changes});
}
