/**
 * What went wrong with an SMTP send, in words a merchant can act on, with the server's own answer
 * when it gave one ("535 5.7.8 Authentication failed"), and whether trying again later can help.
 * Pure: it reads the error nodemailer produced, nothing else.
 */

/** The fields nodemailer sets on the errors it raises (see its `NodemailerError`). */
export interface SmtpErrorFields {
  message?: string;
  code?: string;
  originalCode?: string;
  response?: string;
  responseCode?: number;
  timeoutType?: string;
}

export interface SmtpFailure {
  error: string;
  retryable: boolean;
  /** nodemailer's code (EAUTH, ESOCKET, …) or the socket's (ECONNREFUSED), for logs and tests. */
  code: string;
}

/** Failures of the connection itself: the same message may go through once the server is back. */
const TRANSIENT_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS']);
const TIMEOUT_WORDS: Record<string, string> = {
  CONNECT_TIMEOUT: 'did not accept the connection in time',
  GREETING_TIMEOUT: 'connected but did not greet in time',
  UPGRADE_TIMEOUT: 'did not finish the TLS upgrade in time',
  SOCKET_TIMEOUT: 'stopped answering',
};

export function smtpErrorFields(error: unknown): SmtpErrorFields {
  if (error === null || typeof error !== 'object') return {message: String(error)};
  const field = (name: string): unknown => (error as Record<string, unknown>)[name];
  const text = (name: string) => {
    const value = field(name);
    return typeof value === 'string' ? value : undefined;
  };
  const responseCode = field('responseCode');
  return {
    message: text('message'),
    code: text('code'),
    originalCode: text('originalCode'),
    response: text('response'),
    responseCode: typeof responseCode === 'number' ? responseCode : undefined,
    timeoutType: text('timeoutType'),
  };
}

/**
 * Describes the failure of a send to `server` ("smtp.example.com:587"). `secret` (the password)
 * is cut out of every word returned, whatever the server or the library put in their messages.
 */
export function describeSmtpFailure(
  fields: SmtpErrorFields,
  server: string,
  secret: string | null,
): SmtpFailure {
  const code = fields.originalCode ?? fields.code ?? 'UNKNOWN';
  const answer = fields.response?.trim();
  return {
    error: withoutSecret(sentence(fields, code, server, answer), secret),
    retryable: isRetryable(fields, code),
    code,
  };
}

function sentence(
  fields: SmtpErrorFields,
  code: string,
  server: string,
  answer: string | undefined,
): string {
  if (fields.code === 'EAUTH' && answer) return `${server} refused the login: ${answer}`;
  if (fields.code === 'ENOAUTH') return `${server} asks for a login, and no password is saved`;
  if (answer) return `${server} refused the message: ${answer}`;
  if (code === 'ECONNREFUSED') {
    return `${server} refused the connection: check the host and port, and that the server runs`;
  }
  if (code === 'ENOTFOUND' || fields.code === 'EDNS') return `${server}: no such host`;
  if (fields.code === 'ETIMEDOUT') {
    const what = TIMEOUT_WORDS[fields.timeoutType ?? ''] ?? 'did not answer in time';
    return `${server} ${what}`;
  }
  if (isTlsFailure(fields)) {
    return `TLS with ${server} failed (${fields.message ?? code}): check "secure" (on for port 465, off for 587)`;
  }
  return `Sending through ${server} failed: ${fields.message ?? code}`;
}

/** 4xx answers and 503 are transient (RFC 5321); other 5xx answers come back the same next time. */
function isRetryable(fields: SmtpErrorFields, code: string): boolean {
  // A TLS failure is a setting that does not match the server: the next try fails the same way.
  if (isTlsFailure(fields)) return false;
  if (fields.responseCode !== undefined) {
    return (fields.responseCode >= 400 && fields.responseCode < 500) || fields.responseCode === 503;
  }
  return TRANSIENT_CODES.has(fields.code ?? '') || code === 'ECONNREFUSED';
}

function isTlsFailure(fields: SmtpErrorFields): boolean {
  return (
    fields.responseCode === undefined &&
    (fields.code === 'ETLS' || /ssl|tls|certificate/i.test(fields.message ?? ''))
  );
}

/** A secret this short would cut ordinary words out of the sentence; it cannot be told apart. */
const MIN_SCRUBBED_SECRET = 4;

function withoutSecret(text: string, secret: string | null): string {
  if (!secret || secret.length < MIN_SCRUBBED_SECRET) return text;
  return [secret, Buffer.from(secret).toString('base64')].reduce(
    (scrubbed, form) => scrubbed.split(form).join('[redacted]'),
    text,
  );
}
