import type {OrderKey} from './journey';
import {compareText} from './pixel-event';

/** Time first, then the pixel's sequence number, then the event id: a total, stable order. */
export function compareKeys(a: OrderKey, b: OrderKey): number {
  return a.at - b.at || a.seq - b.seq || compareText(a.eventId, b.eventId);
}

/**
 * Inserts `item` in key order unless an item with its event id is there; keeps the `limit`
 * earliest. The same items in any order give the same list.
 */
export function insertByKey<T extends OrderKey>(list: T[], item: T, limit: number): T[] {
  if (list.some((existing) => existing.eventId === item.eventId)) return list;
  return [...list, item].sort(compareKeys).slice(0, limit);
}

/** Adds a string to a sorted set. */
export function addToSet(list: string[], value: string): string[] {
  return list.includes(value) ? list : [...list, value].sort(compareText);
}

export function keyOf(event: {id: string; seq: number}, at: number): OrderKey {
  return {at, seq: event.seq, eventId: event.id};
}
