import {describe, expect, it} from 'vitest';
import {describeSmtpFailure, smtpErrorFields} from '../../../web/server/mail/smtp-failure';

const SERVER = 'smtp.example.com:587';

describe('describing an SMTP failure', () => {
  it.each([
    [
      'a refused login',
      {code: 'EAUTH', response: '535 5.7.8 Authentication failed', responseCode: 535},
      `${SERVER} refused the login: 535 5.7.8 Authentication failed`,
      false,
    ],
    [
      'a login refused for now',
      {code: 'EAUTH', response: '454 4.7.0 Try again later', responseCode: 454},
      `${SERVER} refused the login: 454 4.7.0 Try again later`,
      true,
    ],
    [
      'a recipient refused for good',
      {code: 'EENVELOPE', response: '550 5.1.1 No such user', responseCode: 550},
      `${SERVER} refused the message: 550 5.1.1 No such user`,
      false,
    ],
    [
      'a greylisted message',
      {code: 'EENVELOPE', response: '451 4.7.1 Greylisted', responseCode: 451},
      `${SERVER} refused the message: 451 4.7.1 Greylisted`,
      true,
    ],
    [
      'a command out of sequence',
      {code: 'EPROTOCOL', response: '503 5.5.1 Bad sequence', responseCode: 503},
      `${SERVER} refused the message: 503 5.5.1 Bad sequence`,
      true,
    ],
    [
      'a refused connection',
      {code: 'ESOCKET', originalCode: 'ECONNREFUSED', message: 'connect ECONNREFUSED'},
      `${SERVER} refused the connection: check the host and port, and that the server runs`,
      true,
    ],
    [
      'an unknown host',
      {code: 'EDNS', message: 'getaddrinfo ENOTFOUND'},
      `${SERVER}: no such host`,
      true,
    ],
    [
      'a connection timeout',
      {code: 'ETIMEDOUT', timeoutType: 'CONNECT_TIMEOUT'},
      `${SERVER} did not accept the connection in time`,
      true,
    ],
    [
      'a TLS mismatch',
      {code: 'ESOCKET', message: 'wrong version number (SSL routines)'},
      `TLS with ${SERVER} failed (wrong version number (SSL routines)): check "secure" (on for port 465, off for 587)`,
      false,
    ],
    ['something else', {message: 'Boom'}, `Sending through ${SERVER} failed: Boom`, false],
  ])(
    'when it is %s, then the words and whether to retry follow',
    (_what, fields, error, retryable) => {
      expect(describeSmtpFailure(fields, SERVER, null)).toMatchObject({error, retryable});
    },
  );

  it('when the server or the library quotes the password, then it is cut out, plain and base64', () => {
    const password = 'Winter-Coats-2026!';
    const failure = describeSmtpFailure(
      {
        code: 'EAUTH',
        response: `535 rejected ${password} (${Buffer.from(password).toString('base64')})`,
        responseCode: 535,
      },
      SERVER,
      password,
    );
    expect(failure.error).toBe(`${SERVER} refused the login: 535 rejected [redacted] ([redacted])`);
  });

  it.each([
    ['a string', 'boom', {message: 'boom'}],
    ['null', null, {message: 'null'}],
    [
      'an error with SMTP fields',
      Object.assign(new Error('Invalid login'), {
        code: 'EAUTH',
        responseCode: 535,
        response: '535 no',
      }),
      {message: 'Invalid login', code: 'EAUTH', responseCode: 535, response: '535 no'},
    ],
    [
      'an error whose code is a number',
      Object.assign(new Error('x'), {responseCode: '535'}),
      {message: 'x', responseCode: undefined},
    ],
  ])('when the thrown value is %s, then only typed fields are read', (_what, thrown, fields) => {
    expect(smtpErrorFields(thrown)).toMatchObject(fields);
  });
});
