import type {NextFunction, Request, Response} from 'express';
import type {Storage} from '../storage';
import type {Logger} from '../logger';
import {sessionTokenOf, shopOf} from '../auth/session-token';
import type {StaffMember} from './types';

/** Who Shopify says a staff user is: from the online token exchange's associated user. */
export interface StaffUserFacts {
  name: string | null;
  email: string | null;
  accountOwner: boolean;
}

export type StaffUserLookup = (
  shop: string,
  sessionToken: string,
) => Promise<StaffUserFacts | null>;

/** A staff member already known is not looked up again for this long, in milliseconds. */
const KNOWN_FOR_MS = 60_000;

/**
 * The shop's staff directory. Anyone who opens the admin is in it from their first request: the
 * first person of a shop (or its owner) is a lead, everyone else an agent. Their name comes from
 * Shopify's online token exchange where it answers, else a lead types it.
 */
export function createStaffDirectory(deps: {
  storage: Storage;
  now: () => number;
  logger: Logger;
  lookupUser?: StaffUserLookup;
}) {
  const known = new Map<string, number>();

  async function register(shop: string, userId: string, token: string): Promise<void> {
    const learned = await deps.lookupUser?.(shop, token).catch((error: unknown) => {
      deps.logger.warn({err: error, shop}, 'staff user could not be looked up');
      return null;
    });
    const now = deps.now();
    const first = (await deps.storage.staff.count(shop)) === 0;
    const member: StaffMember = {
      shop,
      userId,
      name: learned?.name ?? null,
      email: learned?.email ?? null,
      role: first || learned?.accountOwner ? 'lead' : 'agent',
      timeZone: null,
      workingHours: null,
      available: true,
      createdAt: now,
      updatedAt: now,
      lastSeenAt: now,
    };
    await deps.storage.staff.addIfAbsent(member);
  }

  return {
    /** Middleware: registers (or marks as seen) the staff user of the request's session token. */
    identify() {
      return async (_req: Request, res: Response, next: NextFunction) => {
        const token = sessionTokenOf(res);
        if (!token?.userId) return next();
        const shop = shopOf(res);
        const key = `${shop}\n${token.userId}`;
        const now = deps.now();
        if ((known.get(key) ?? -Infinity) > now - KNOWN_FOR_MS) return next();
        const existing = await deps.storage.staff.get(shop, token.userId);
        if (existing) await deps.storage.staff.seen(shop, token.userId, now);
        else await register(shop, token.userId, token.token);
        known.set(key, now);
        next();
      };
    },

    /** Forgets who was seen, so a change made elsewhere (a shop erased) is read again. */
    forget(shop: string): void {
      for (const key of known.keys()) if (key.startsWith(`${shop}\n`)) known.delete(key);
    },
  };
}

export type StaffDirectory = ReturnType<typeof createStaffDirectory>;
