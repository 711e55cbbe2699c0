import {readFileSync} from 'node:fs';

/** A pixel fixture (test/fixtures/pixel) moved in time so that its last event happened `agoMs` before now. */
export function recentFixture(name: string, agoMs: number): Array<{timestamp: string}> {
  const events = JSON.parse(
    readFileSync(new URL(`../fixtures/pixel/${name}.json`, import.meta.url), 'utf8'),
  ) as Array<{timestamp: string}>;
  const last = Math.max(...events.map((e) => Date.parse(e.timestamp)));
  const shift = Date.now() - agoMs - last;
  return events.map((e) => ({
    ...e,
    timestamp: new Date(Date.parse(e.timestamp) + shift).toISOString(),
  }));
}
