import {fork} from 'node:child_process';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadConfig} from '../../web/server/config';
import {bootstrap} from '../../web/server/bootstrap';
import {openStorage} from '../../web/server/storage';
import {hashIngestKey, newIngestKey} from '../../web/server/signals/ingest-key';
import {journeyIdFor} from '../../web/server/signals/journey';
import {readJourney} from '../../web/server/signals/journey-state';
import {RECOVER_AFTER_MS} from '../../web/server/signals/process-journeys';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';
import {captureLogger} from '../support/capture-logger';
import {checkoutEvent} from '../support/pixel-events';

const SHOP = 'fabulous-furs.myshopify.com';
const TOKEN = 'tok-crash';

/** Starts a server that acknowledges batches and never applies them; answers its port. */
async function startHeldServer(target: unknown) {
  const child = fork(
    path.join(import.meta.dirname, '../support/held-journeys-server.ts'),
    [JSON.stringify(target)],
    {execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc']},
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: {port: number}) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {child, port};
}

describe.each(batteryEngines())('journey work after a crash, on %s', (engine) => {
  const isolated: IsolatedTarget = isolatedTarget(engine);
  afterAll(() => isolated.dispose());

  it('when the server is killed between the acknowledgement and the journey update, then after a restart every committed event is applied exactly once', async () => {
    const setup = await openStorage(isolated.target);
    await setup.shops.markInstalled(SHOP, {scopes: ''}, Date.now());
    const key = newIngestKey();
    await setup.shops.setIngestKey(SHOP, hashIngestKey(key), null, Date.now());
    await setup.close();

    const {child, port} = await startHeldServer(isolated.target);
    const events = [
      checkoutEvent('checkout_started', {seq: 0}, TOKEN),
      checkoutEvent('checkout_contact_info_submitted', {seq: 1}, TOKEN),
    ];
    const response = await fetch(`http://127.0.0.1:${port}/api/pixel/events`, {
      method: 'POST',
      headers: {'Content-Type': 'text/plain'},
      body: JSON.stringify({shop: SHOP, key, events}),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({accepted: 2});
    const killed = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await killed;

    const captured = captureLogger();
    const heed = await bootstrap(loadConfig('test', {}), {
      storageTarget: isolated.target,
      logger: captured.logger,
      now: () => Date.now() + RECOVER_AFTER_MS + 1_000,
    });
    try {
      const id = journeyIdFor(SHOP, {checkoutToken: TOKEN, clientId: null});
      expect(await heed.storage.journeys.get(SHOP, id)).toBeUndefined();
      const recovery = heed.sweeps.find((s) => s.name === 'journey recovery');
      expect(await recovery?.run()).toBe(2);
      await heed.drainJourneys();
      expect(await recovery?.run()).toBe(0);
      const record = await heed.storage.journeys.get(SHOP, id);
      expect(record).toBeDefined();
      const journey = readJourney(record?.state);
      expect(journey.eventIds).toEqual(events.map((e) => e.id).sort());
      expect(journey.currentStep).toBe('delivery');
      const rows = await heed.storage.db('pixel_events').where({shop: SHOP});
      expect(rows.map((r: {journey_id: string}) => r.journey_id)).toEqual([id, id]);
    } finally {
      await heed.close();
    }
  }, 60_000);
});
