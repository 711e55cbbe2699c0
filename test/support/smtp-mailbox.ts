import net from 'node:net';
import {SMTPServer} from 'smtp-server';

/** A message as a real SMTP server received it. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  /** Header names lower-cased, values unfolded. */
  headers: Record<string, string>;
  text: string;
}

export interface Mailbox {
  port: number;
  messages: ReceivedMail[];
  /** Every login tried: the username, and whether it was accepted. */
  logins: Array<{username: string; accepted: boolean}>;
  close(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 at a free port that takes mail only after a login
 * with `username` and `password`, and keeps what it received for the test to read. Plain text (no
 * STARTTLS), as a local relay would be.
 */
export async function startMailbox(credentials: {
  username: string;
  password: string;
}): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  const logins: Mailbox['logins'] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    // Real servers answer with enhanced codes ("535 5.7.8 …"); smtp-server hides them by default.
    hideENHANCEDSTATUSCODES: false,
    onAuth(auth, _session, callback) {
      const accepted =
        auth.username === credentials.username && auth.password === credentials.password;
      logins.push({username: auth.username ?? '', accepted});
      if (accepted) callback(null, {user: auth.username});
      else callback(Object.assign(new Error('Authentication failed'), {responseCode: 535}));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const {mailFrom, rcptTo} = session.envelope;
        messages.push({
          from: mailFrom ? mailFrom.address : '',
          to: rcptTo.map((r) => r.address),
          ...parseMessage(Buffer.concat(chunks).toString('utf8')),
        });
        callback(null, 'Queued as test-1');
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('mailbox has no port');
  return {
    port: address.port,
    messages,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 nothing listens on: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A server that accepts connections and never says a word: an SMTP client waits for its greeting. */
export async function startSilentServer(): Promise<{port: number; close(): Promise<void>}> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function parseMessage(raw: string): Omit<ReceivedMail, 'from' | 'to'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = Object.fromEntries(
    head.split('\r\n').map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  const quotedPrintable = /quoted-printable/i.test(headers['content-transfer-encoding'] ?? '');
  const text = quotedPrintable ? decodeQuotedPrintable(body) : body;
  return {headers, subject: headers.subject ?? '', text: text.replace(/\r\n/g, '\n').trimEnd()};
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A subject header as read: RFC 2047 encoded words (`=?UTF-8?Q?…?=`) decoded. */
export function subjectOf(header: string | undefined): string {
  return (header ?? '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_word, text: string) =>
      Buffer.from(
        text
          .replace(/_/g, ' ')
          .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8'),
    );
}
