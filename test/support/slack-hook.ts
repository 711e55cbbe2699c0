import http from 'node:http';

/** A message as a Slack incoming webhook received it. */
export interface SlackPost {
  path: string;
  contentType: string;
  body: {text?: unknown; [key: string]: unknown};
}

export interface SlackHook {
  port: number;
  /** The webhook URL Heed is given: a loopback URL with Slack's path shape. */
  url: string;
  /** Posts answered with 200, in order. */
  posts: SlackPost[];
  /** Every post received, answered or refused. */
  received: number;
  /** How the next posts are answered: 200 "ok" unless told otherwise. */
  answer(status: number, body: string): void;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 standing where Slack's incoming webhook would: it answers as
 * Slack does (200 `ok`, or the status and error word it is told to give) and keeps what it took.
 */
export async function startSlackHook(
  path = '/services/T0HEED/B0HEED/testsecret00',
): Promise<SlackHook> {
  let status = 200;
  let reply = 'ok';
  const hook: SlackHook = {
    port: 0,
    url: '',
    posts: [],
    received: 0,
    answer(nextStatus, nextBody) {
      status = nextStatus;
      reply = nextBody;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      hook.received += 1;
      if (status === 200 && req.method === 'POST' && req.url === path) {
        hook.posts.push({
          path: req.url,
          contentType: req.headers['content-type'] ?? '',
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as SlackPost['body'],
        });
        res.writeHead(200, {'Content-Type': 'text/html'}).end('ok');
        return;
      }
      const refusal = status === 200 ? 404 : status;
      res
        .writeHead(refusal, {'Content-Type': 'text/html'})
        .end(status === 200 ? 'no_service' : reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('slack hook has no port');
  hook.port = address.port;
  hook.url = `http://127.0.0.1:${address.port}${path}`;
  return hook;
}
