import {z} from 'zod/mini';
import {sayFrom, type Say} from './schema-messages';

/**
 * What the staff directory and the shop's hours accept, for the server and the admin's forms
 * alike: `POST /api/staff`, `PUT /api/staff/:userId` and `PUT /api/settings/hours`. Refusals are
 * message codes: English on the server (`STAFF_MESSAGES`), the admin's language in the forms
 * (the `team` namespace's `validation.*`).
 */

export const STAFF_ROLES = ['agent', 'lead'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_LIMITS = {
  nameChars: 200,
  emailChars: 320,
  zoneChars: 64,
  userIdDigits: 20,
  /** Three times a day, every day. */
  slots: 21,
} as const;

export const STAFF_MESSAGES = {
  day: 'Choose a day of the week',
  time: 'Use times like 09:00',
  endAfterStart: 'The end must come after the start',
  overlap: 'Two times of the same day overlap',
  slots: 'Use at most 21 times a week',
  name: 'Enter the person’s name',
  nameTooLong: 'Use at most 200 characters',
  email: 'Enter an email address like anna@example.com',
  userIdRequired: 'Enter the person’s Shopify staff user id',
  userId: 'A Shopify staff user id is a number',
  timeZone: 'Choose a time zone such as America/Toronto',
  role: 'Choose agent or lead',
  choice: 'Choose on or off',
} as const;

export type StaffMessage = keyof typeof STAFF_MESSAGES;
export type SayStaff = Say<StaffMessage>;
export const englishStaff: SayStaff = sayFrom(STAFF_MESSAGES);

const START = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A day may end at midnight: `24:00`. */
const END = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const ADDRESS = z.email();

/** Whether `zone` is an IANA time zone this runtime knows (Node and browsers share the data). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone});
    return true;
  } catch {
    return false;
  }
}

interface Slot {
  day: number;
  start: string;
  end: string;
}

function overlaps(hours: readonly Slot[]): boolean {
  const sorted = [...hours].sort((a, b) => a.day - b.day || a.start.localeCompare(b.start));
  return sorted.some((h, i) => {
    const next = sorted[i + 1];
    return next !== undefined && next.day === h.day && next.start < h.end;
  });
}

/** `day` 0 is Sunday; `start`/`end` are `HH:MM` in the person's (or the shop's) time zone. */
export function workingHoursSchema(say: SayStaff = englishStaff) {
  const slot = z.object({
    day: z
      .int({error: say('day')})
      .check(z.gte(0, {error: say('day')}), z.lte(6, {error: say('day')})),
    start: z.string({error: say('time')}).check(z.regex(START, {error: say('time')})),
    end: z.string({error: say('time')}).check(z.regex(END, {error: say('time')})),
  });
  return z.array(slot, {error: say('time')}).check(
    z.maxLength(STAFF_LIMITS.slots, {error: say('slots')}),
    z.refine((hours) => hours.every((h) => h.end > h.start), {error: say('endAfterStart')}),
    z.refine((hours) => !overlaps(hours), {error: say('overlap')}),
  );
}

export type WorkingHours = z.output<ReturnType<typeof workingHoursSchema>>;

/** `PUT /api/settings/hours`: null is every hour of every day. */
export function shopHoursInputSchema(say: SayStaff = englishStaff) {
  return z.strictObject({workingHours: z.nullable(workingHoursSchema(say))});
}

export type ShopHoursInput = z.output<ReturnType<typeof shopHoursInputSchema>>;

const trimmedText = (message: string) =>
  z.pipe(
    z.string({error: message}),
    z.transform((text) => text.trim()),
  );

function nameSchema(say: SayStaff) {
  return z.pipe(
    trimmedText(say('name')),
    z
      .string()
      .check(
        z.minLength(1, {error: say('name')}),
        z.maxLength(STAFF_LIMITS.nameChars, {error: say('nameTooLong')}),
      ),
  );
}

function editableShape(say: SayStaff) {
  return {
    name: nameSchema(say),
    email: z.string({error: say('email')}).check(
      z.maxLength(STAFF_LIMITS.emailChars, {error: say('email')}),
      z.refine((email) => z.safeParse(ADDRESS, email).success, {error: say('email')}),
    ),
    role: z.enum(STAFF_ROLES, {error: say('role')}),
    timeZone: z
      .string({error: say('timeZone')})
      .check(
        z.maxLength(STAFF_LIMITS.zoneChars, {error: say('timeZone')}),
        z.refine(isTimeZone, {error: say('timeZone')}),
      ),
    workingHours: workingHoursSchema(say),
    available: z.boolean({error: say('choice')}),
    /** Email waits for the person's working hours. */
    muteOutsideHours: z.boolean({error: say('choice')}),
  };
}

/** `PUT /api/staff/:userId`: only what changes; null clears the email, zone or hours. */
export function staffChangesSchema(say: SayStaff = englishStaff) {
  const shape = editableShape(say);
  return z.strictObject({
    name: z.optional(z.nullable(shape.name)),
    email: z.optional(z.nullable(shape.email)),
    role: z.optional(shape.role),
    timeZone: z.optional(z.nullable(shape.timeZone)),
    workingHours: z.optional(z.nullable(shape.workingHours)),
    available: z.optional(shape.available),
    muteOutsideHours: z.optional(shape.muteOutsideHours),
  });
}

/** `POST /api/staff`: a person by their Shopify staff user id, with a name and a role. */
export function newStaffSchema(say: SayStaff = englishStaff) {
  const shape = editableShape(say);
  const userId = z.pipe(
    trimmedText(say('userIdRequired')),
    z.string().check(
      z.superRefine((id, ctx) => {
        const digits = new RegExp(`^\\d{1,${STAFF_LIMITS.userIdDigits}}$`);
        if (digits.test(id)) return;
        const code = id === '' ? 'userIdRequired' : 'userId';
        ctx.issues.push({code: 'custom', message: say(code), input: id});
      }),
    ),
  );
  return z.strictObject({
    userId,
    name: shape.name,
    role: shape.role,
    email: z.optional(z.nullable(shape.email)),
    timeZone: z.optional(z.nullable(shape.timeZone)),
    workingHours: z.optional(z.nullable(shape.workingHours)),
    available: z.optional(shape.available),
    muteOutsideHours: z.optional(shape.muteOutsideHours),
  });
}

export type StaffChanges = z.output<ReturnType<typeof staffChangesSchema>>;
export type NewStaffInput = z.output<ReturnType<typeof newStaffSchema>>;
