import express, {type Response, type Router} from 'express';
import {shopOf, staffUserOf} from '../auth/session-token';
import {HeedError} from '../errors';
import {parseInput} from '../http/validate';
import type {Storage} from '../storage';
import {newStaffSchema, staffChangesSchema} from '../../shared/staff-schemas';
import type {StaffMember} from './types';
import {isOnShift} from './working-hours';

// Shared with the admin's staff editor (web/shared/staff-schemas.ts); refusals in English.
const addSchema = newStaffSchema();
const updateSchema = staffChangesSchema();

/**
 * /api/staff — the shop's staff directory. Everyone reads it; a lead adds people and edits
 * anyone; everyone edits their own name, hours, zone, availability and email muting, never their own role.
 */
export function createStaffRoute(deps: {storage: Storage; now: () => number}): Router {
  const router = express.Router();

  async function view(res: Response, member: StaffMember) {
    const shopRecord = await deps.storage.shops.get(member.shop);
    return staffView(member, staffUserOf(res), shopRecord?.timeZone ?? null, deps.now());
  }

  router.get('/me', async (_req, res) => {
    const member = await deps.storage.staff.get(shopOf(res), staffUserOf(res));
    if (!member) throw new HeedError('NOT_FOUND', 'Staff member not registered');
    res.json({me: await view(res, member)});
  });

  router.get('/', async (_req, res) => {
    const shop = shopOf(res);
    const [staff, record] = await Promise.all([
      deps.storage.staff.list(shop),
      deps.storage.shops.get(shop),
    ]);
    const me = staffUserOf(res);
    res.json({staff: staff.map((m) => staffView(m, me, record?.timeZone ?? null, deps.now()))});
  });

  router.post('/', async (req, res) => {
    const shop = shopOf(res);
    await requireLead(deps.storage, res);
    const input = parseInput(addSchema, req.body);
    const now = deps.now();
    const member: StaffMember = {
      shop,
      userId: input.userId,
      name: input.name,
      email: input.email ?? null,
      role: input.role,
      timeZone: input.timeZone ?? null,
      workingHours: input.workingHours ?? null,
      available: input.available ?? true,
      muteOutsideHours: input.muteOutsideHours ?? false,
      createdAt: now,
      updatedAt: now,
      lastSeenAt: null,
    };
    if (!(await deps.storage.staff.addIfAbsent(member))) {
      throw new HeedError('CONFLICT', 'This staff member is already in the directory');
    }
    res.status(201).json({staff: await view(res, member)});
  });

  router.put('/:userId', async (req, res) => {
    const shop = shopOf(res);
    const me = staffUserOf(res);
    const input = parseInput(updateSchema, req.body);
    const target = await deps.storage.staff.get(shop, String(req.params.userId));
    if (!target) throw new HeedError('NOT_FOUND', 'No such staff member');
    const acting = await deps.storage.staff.get(shop, me);
    const lead = acting?.role === 'lead';
    if (!lead && target.userId !== me) {
      throw new HeedError('FORBIDDEN', 'Only a lead edits other people');
    }
    if (!lead && input.role !== undefined && input.role !== target.role) {
      throw new HeedError('FORBIDDEN', 'Only a lead changes roles');
    }
    if (lead && target.userId === me && input.role === 'agent') {
      await requireAnotherLead(deps.storage, shop, me);
    }
    const updated: StaffMember = {...target, ...definedOf(input), updatedAt: deps.now()};
    await deps.storage.staff.save(updated);
    res.json({staff: await view(res, updated)});
  });

  return router;
}

export function staffView(member: StaffMember, me: string, shopZone: string | null, now: number) {
  return {
    userId: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    timeZone: member.timeZone,
    workingHours: member.workingHours,
    available: member.available,
    muteOutsideHours: member.muteOutsideHours ?? false,
    onShiftNow: isOnShift(member, shopZone, now),
    lastSeenAt: member.lastSeenAt,
    isMe: member.userId === me,
  };
}

export async function requireLead(storage: Storage, res: Response): Promise<void> {
  const member = await storage.staff.get(shopOf(res), staffUserOf(res));
  if (member?.role !== 'lead') throw new HeedError('FORBIDDEN', 'Only a lead may do this');
}

/** A shop always keeps a lead: the last one cannot make themselves an agent. */
async function requireAnotherLead(storage: Storage, shop: string, me: string): Promise<void> {
  const staff = await storage.staff.list(shop);
  if (!staff.some((m) => m.role === 'lead' && m.userId !== me)) {
    throw new HeedError('CONFLICT', 'The shop needs at least one lead');
  }
}

function definedOf<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
