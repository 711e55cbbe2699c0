import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {createDemoLogger, narrateDemo} from '../../../web/server/demo/demo-console';
import {createLiveHub} from '../../../web/server/signals/live-hub';

const SHOP = 'fabulous-furs.myshopify.com';
const AT = new Date(2026, 11, 1, 14, 2, 11).getTime();

describe('the demo’s console', () => {
  it('when signals and cases arrive, then each new one is told once in a line, and the rest not at all', () => {
    const live = createLiveHub();
    const lines: string[] = [];
    narrateDemo(
      live,
      SHOP,
      (line) => lines.push(line),
      () => AT,
    );
    const signal = {id: 's1', sentence: 'The promised 20% did not apply.', resolvedAt: null};
    const opened = {id: 'c1', status: 'new', priority: 'urgent', headline: 'Was promised 20% off.'};
    live.publish(SHOP, {kind: 'signal', data: signal});
    live.publish(SHOP, {kind: 'signal', data: signal});
    live.publish(SHOP, {kind: 'signal', data: {...signal, id: 's2', resolvedAt: AT}});
    live.publish(SHOP, {kind: 'journey', data: {id: 'j1'}});
    live.publish(SHOP, {kind: 'case', data: opened});
    live.publish(SHOP, {kind: 'case', data: {...opened, status: 'claimed'}});
    live.publish(SHOP, {kind: 'case', data: {...opened, id: 'c2', status: 'claimed'}});
    live.publish('other.myshopify.com', {kind: 'case', data: {...opened, id: 'c3'}});
    expect(lines).toEqual([
      '14:02:11  signal  The promised 20% did not apply.\n',
      '14:02:11  case    urgent: Was promised 20% off.\n',
    ]);
  });

  it('when Heed logs in the demo, then the line is readable text, not JSON, and still scrubbed', async () => {
    const sink = new PassThrough();
    let text = '';
    sink.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const logger = createDemoLogger('info', sink);
    logger.warn({shop: SHOP}, 'demo shopper batch refused for dana@example.com');
    await new Promise((resolve) => setImmediate(resolve));
    expect(text).toMatch(/WARN.*demo shopper batch refused/);
    expect(text).toContain(SHOP);
    expect(text).not.toContain('dana@example.com');
    expect(() => JSON.parse(text)).toThrow();
  });
});
