import {describe, expect, it} from 'vitest';
import {captureLogger} from '../support/capture-logger';

const capture = () => captureLogger();

describe('logger', () => {
  it.each([
    ['an access token field', {accessToken: 'shpat_abcdef123456'}, 'shpat_abcdef123456'],
    ['a nested token', {session: {accessToken: 'shpat_nested999'}}, 'shpat_nested999'],
    ['an email field', {email: 'marie@example.com'}, 'marie@example.com'],
    [
      'an authorization header',
      {req: {headers: {authorization: 'Bearer eyJhbGciOi.abc.def'}}},
      'eyJhbGciOi',
    ],
    ['an SMTP password', {password: 'Winter-Coats-2026!'}, 'Winter-Coats-2026!'],
    ['a nested SMTP password', {settings: {password: 'Winter-Coats-2026!'}}, 'Winter-Coats'],
    ['a sealed password', {passwordSealed: 'v1.abcd1234.iv.tag.ct'}, 'v1.abcd1234'],
    ['a sealed password row', {row: {password_sealed: 'v1.abcd1234.iv.tag.ct'}}, 'v1.abcd1234'],
    ['nodemailer auth', {auth: {user: 'shop', pass: 'Winter-Coats-2026!'}}, 'Winter-Coats'],
    [
      'nodemailer transport options',
      {options: {auth: {user: 'shop', pass: 'Winter-Coats-2026!'}}},
      'Winter-Coats',
    ],
  ])('when a log line carries %s, then the secret is not written', (_what, fields, secret) => {
    const {logger, text} = capture();
    logger.info(fields, 'something happened');
    expect(text()).toContain('something happened');
    expect(text()).not.toContain(secret);
  });

  it('when an error message quotes a token and an email, then both are scrubbed', () => {
    const {logger, text} = capture();
    logger.error(
      {
        err: new Error(
          'Failed for marie@example.com with Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.sig and shpat_1234',
        ),
      },
      'failure',
    );
    expect(text()).toContain('[email]');
    expect(text()).not.toMatch(/marie@example\.com|eyJhbGciOiJIUzI1NiJ9|shpat_1234/);
  });

  it('when a message string itself holds an email, then it is scrubbed', () => {
    const {logger, text} = capture();
    logger.warn('contact marie@example.com');
    expect(text()).not.toContain('marie@example.com');
  });
});
