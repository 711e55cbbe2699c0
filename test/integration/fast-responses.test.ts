import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';
import request from 'supertest';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {recentFixture} from '../support/pixel-fixtures';
import {bootstrap} from '../../web/server/bootstrap';

const SHOP = 'fabulous-furs.myshopify.com';
const ACCEPT = 'br, gzip, deflate';
const BROTLI_COPY = () =>
  brotliCompressSync(SCRIPT, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}});
const SCRIPT = `export const words = ${JSON.stringify('a merchant reads this '.repeat(400))};\n`;

/** Reads /api/live as a browser would (compression accepted) until the first event of `kind`. */
function firstEvent(port: number, token: string, kind: string, onOpen: () => void) {
  return new Promise<{encoding: string | undefined; block: string; at: number}>(
    (resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port,
          path: '/api/live',
          headers: {Authorization: `Bearer ${token}`, 'Accept-Encoding': ACCEPT},
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected')) onOpen();
            const block = text.split('\n\n').find((b) => b.includes(`event: ${kind}`));
            if (block) {
              resolve({encoding: res.headers['content-encoding'], block, at: performance.now()});
              req.destroy();
            }
          });
        },
      );
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    },
  );
}

describe('compressed answers and cached assets', () => {
  let t: TestHeed;
  let dist: string;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    server = t.heed.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
    dist = await mkdtemp(path.join(os.tmpdir(), 'heed-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Heed</title>');
    await writeFile(path.join(dist, 'assets', 'index-Ab12Cd.js'), SCRIPT);
    await writeFile(path.join(dist, 'assets', 'index-Ab12Cd.js.map'), '{"version":3}');
    await writeFile(path.join(dist, 'assets', 'app-Ef34Gh.js'), SCRIPT);
    await writeFile(path.join(dist, 'assets', 'app-Ef34Gh.js.br'), BROTLI_COPY());
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
    await rm(dist, {recursive: true, force: true});
  });

  async function builtAdmin() {
    const heed = await bootstrap(t.heed.config, {
      storageTarget: t.target,
      logger: t.heed.logger,
      fetch: t.simulator.fetch,
      frontendDistDir: dist,
    });
    return {http: request(heed.app), close: () => heed.close()};
  }

  it('when the browser accepts brotli, then a script of the admin arrives compressed and cached for a year', async () => {
    const admin = await builtAdmin();
    const res = await admin.http.get('/assets/index-Ab12Cd.js').set('Accept-Encoding', ACCEPT);
    await admin.close();
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('when the build wrote a brotli copy of a script, then a browser accepting brotli gets that copy', async () => {
    const admin = await builtAdmin();
    const res = await admin.http.get('/assets/app-Ef34Gh.js').set('Accept-Encoding', ACCEPT);
    const plain = await admin.http.get('/assets/app-Ef34Gh.js').set('Accept-Encoding', 'identity');
    await admin.close();
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(BROTLI_COPY().byteLength);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(SCRIPT);
  });

  it('when the admin page is asked for, then the browser must ask again each time', async () => {
    const admin = await builtAdmin();
    const res = await admin.http.get('/campaigns');
    await admin.close();
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('when a source map is asked for, then it is not found', async () => {
    const admin = await builtAdmin();
    const res = await admin.http.get('/assets/index-Ab12Cd.js.map');
    await admin.close();
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('"version"');
  });

  it('when an API answer is over a kilobyte and gzip is accepted, then it is sent gzipped', async () => {
    const key = await t.ingestKey(SHOP);
    for (const name of ['promo-not-applied', 'code-rejected'])
      await t.http
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({shop: SHOP, key, events: recentFixture(name, 60_000)}));
    await t.heed.drainJourneys();
    const res = await t.http
      .get('/api/journeys')
      .set('Authorization', `Bearer ${await t.sessionToken(SHOP)}`)
      .set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body).length).toBeGreaterThan(1024);
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('when the live stream is read with compression accepted, then it is not compressed and an event arrives at once', async () => {
    const token = await t.sessionToken(SHOP);
    let publishedAt = 0;
    const got = await firstEvent(port, token, 'case', () => {
      if (publishedAt) return;
      publishedAt = performance.now();
      t.heed.live.publish(SHOP, {kind: 'case', data: {id: 'case_1', state: 'new'}});
    });
    expect(got.encoding).toBeUndefined();
    expect(got.block).toContain('"case_1"');
    expect(got.at - publishedAt).toBeLessThan(500);
  });
});
