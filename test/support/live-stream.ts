import http from 'node:http';

/** One server-sent event as the admin's stream delivered it. */
export interface SseEvent {
  event: string;
  data: {type?: string; sentence?: string; journeyId?: string; id?: string};
  at: number;
}

/**
 * Opens /api/live as the admin does (a session token, its locale as `Accept-Language` when given,
 * a streamed response) and collects events.
 */
export function openLive(
  port: number,
  token: string,
  headers: Record<string, string> = {},
): Promise<{events: SseEvent[]; close(): void; ended: Promise<void>}> {
  return new Promise((resolve, reject) => {
    const events: SseEvent[] = [];
    const request = http.get(
      {
        host: '127.0.0.1',
        port,
        path: '/api/live',
        headers: {...headers, Authorization: `Bearer ${token}`},
      },
      (response) => {
        if (response.statusCode !== 200) reject(new Error(`live answered ${response.statusCode}`));
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event && data)
              events.push({
                event,
                data: JSON.parse(data) as SseEvent['data'],
                at: performance.now(),
              });
            end = buffer.indexOf('\n\n');
          }
        });
        const ended = new Promise<void>((done) => response.once('close', () => done()));
        resolve({events, close: () => request.destroy(), ended});
      },
    );
    request.on('error', reject);
  });
}
