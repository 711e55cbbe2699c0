import {describe, expect, it} from 'vitest';
import {formatStages, stageTimes} from '../../../bench/cpu-stages';

const heed = (file: string) => `file:///app/web/server/${file}`;
const lib = (name: string) => `file:///app/node_modules/${name}/index.js`;

/** A profile of one root and chains under it: each chain is frames root-first, its last sampled. */
function profileOf(chains: Array<{frames: Array<[string, string]>; ms: number}>) {
  const nodes = [{id: 1, callFrame: {functionName: '(root)', url: ''}, children: [] as number[]}];
  const samples: number[] = [];
  const timeDeltas: number[] = [0];
  for (const chain of chains) {
    let parent = nodes[0];
    for (const [functionName, url] of chain.frames) {
      const node = {id: nodes.length + 1, callFrame: {functionName, url}, children: []};
      parent?.children.push(node.id);
      nodes.push(node);
      parent = node;
    }
    samples.push(nodes.length);
    timeDeltas.push(chain.ms * 1000);
  }
  return {nodes, samples, timeDeltas};
}

describe('CPU by ingest stage', () => {
  it('when a shared helper runs, then its caller’s stage gets the time', () => {
    const times = stageTimes(
      profileOf([
        {
          frames: [
            ['checkPixelEvent', heed('signals/pixel-event.ts')],
            ['parse', lib('zod')],
          ],
          ms: 3,
        },
        {
          frames: [
            ['applyEvent', heed('signals/apply-event.ts')],
            ['parse', lib('zod')],
          ],
          ms: 5,
        },
        {
          frames: [
            ['minimizeEventData', heed('signals/minimize.ts')],
            ['readAlert', heed('signals/pixel-data.ts')],
          ],
          ms: 2,
        },
      ]),
    );
    expect(times['parsing+validation']).toBe(3);
    expect(times['journey work']).toBe(5);
    expect(times.minimization).toBe(2);
  });

  it('when a library runs with no Heed frame above it, then the library’s stage gets the time', () => {
    const times = stageTimes(
      profileOf([
        {
          frames: [
            ['processTicksAndRejections', 'node:internal/process/task_queues'],
            ['query', lib('knex')],
          ],
          ms: 4,
        },
        {frames: [['parserOnHeadersComplete', 'node:_http_common']], ms: 1},
        {
          frames: [
            ['handle', lib('express')],
            ['insertBatches', heed('storage/pixel-events-repository.ts')],
          ],
          ms: 2,
        },
      ]),
    );
    expect(times.storage).toBe(6);
    expect(times.HTTP).toBe(1);
  });

  it('when the thread is idle or collecting garbage, then idle is left out and GC has its own line', () => {
    const times = stageTimes(
      profileOf([
        {frames: [['(idle)', '']], ms: 50},
        {frames: [['(garbage collector)', '']], ms: 2},
        {frames: [['(program)', '']], ms: 1},
      ]),
    );
    expect(times.GC).toBe(2);
    expect(times.other).toBe(1);
    expect(Object.values(times).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('when printed, then the shares are scaled to the main thread’s CPU and the rest is other threads', () => {
    const times = stageTimes(
      profileOf([
        {frames: [['x', heed('signals/ingest-route.ts')]], ms: 1},
        {frames: [['y', heed('storage/database.ts')]], ms: 3},
      ]),
    );
    const line = formatStages(times, 2, {allMs: 10, mainMs: 8});
    expect(line).toContain('main thread 4.00 ms');
    expect(line).toContain('HTTP 1.00');
    expect(line).toContain('storage 3.00');
    expect(line).toContain('other threads 1.00 ms');
  });
});
