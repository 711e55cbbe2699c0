import {simpleParser} from 'mailparser';
import {SMTPServer} from 'smtp-server';

/** An email as the demo's SMTP server received it. */
export interface ReceivedEmail {
  /** When the sender's connection was accepted, before the server's greeting. */
  connectedAt: number;
  /** When the last byte of the message arrived (the server then answers 250). */
  receivedAt: number;
  from: string | null;
  /** The envelope's recipients: who the message was delivered to, Bcc included. */
  to: string[];
  subject: string;
  text: string;
}

export interface SmtpInbox {
  port: number;
  close(): Promise<void>;
}

/** The largest message taken; Heed's are a few kilobytes of plain text. */
const MAX_MESSAGE_BYTES = 1_000_000;

/**
 * A real SMTP server (smtp-server) on a free loopback port that takes every message, without a
 * login or TLS (as a local relay would), decodes it with mailparser, and hands it on. Demo and
 * benchmarks only: it stands in for the shop's own mail server, so Heed's mailer runs unchanged.
 */
export async function startSmtpInbox(options: {
  onMessage: (email: ReceivedEmail) => void;
  onError?: (error: unknown) => void;
  now?: () => number;
}): Promise<SmtpInbox> {
  const now = options.now ?? Date.now;
  /** When each open connection was accepted, by the client's port on this machine. */
  const connectedAt = new Map<number, number>();
  const server = new SMTPServer({
    logger: false,
    banner: 'Heed demo mailbox',
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: MAX_MESSAGE_BYTES,
    // Every client is this machine: a reverse DNS look-up would only add its wait to each message.
    disableReverseLookup: true,
    onData(stream, session, callback) {
      let receivedAt = now();
      stream.once('end', () => {
        receivedAt = now();
      });
      simpleParser(stream)
        .then((parsed) => {
          if (stream.sizeExceeded) {
            callback(Object.assign(new Error('Message too large'), {responseCode: 552}));
            return;
          }
          const {mailFrom, rcptTo} = session.envelope;
          options.onMessage({
            connectedAt: connectedAt.get(session.remotePort) ?? receivedAt,
            receivedAt,
            from: senderOf(parsed.from?.value[0]) ?? (mailFrom ? mailFrom.address : null),
            to: rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: (parsed.text ?? '').trimEnd(),
          });
          callback(null, 'Delivered to the demo mailbox');
        })
        .catch((error: unknown) => {
          options.onError?.(error);
          callback(Object.assign(new Error('Message not readable'), {responseCode: 554}));
        });
    },
  });
  server.on('error', (error) => options.onError?.(error));
  // smtp-server greets only after a pause of its own (it checks for clients that talk too soon),
  // so the moment a sender reached it is taken from the socket itself.
  server.server.on('connection', (socket) => {
    const port = socket.remotePort;
    if (port === undefined) return;
    connectedAt.set(port, now());
    socket.once('close', () => connectedAt.delete(port));
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('the demo mailbox has no port');
  return {
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `Name <address>`, as a person reads a From line (mailparser's own text quotes the name). */
function senderOf(sender: {name: string; address?: string} | undefined): string | null {
  if (!sender?.address) return null;
  return sender.name ? `${sender.name} <${sender.address}>` : sender.address;
}
