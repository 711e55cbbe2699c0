import {describe, expect, it} from 'vitest';
import {
  mailBodyOf,
  mailResolver,
  mailValuesOf,
} from '../../web/frontend/src/settings/mail-form-state';
import type {MailFormValues} from '../../web/frontend/src/settings/mail-form-state';
import {mailSettingsInput, mailTestInput} from '../../web/server/mail/mail-settings-input';
import {sayMailIn} from '../../web/frontend/src/settings/mail-form-state';
import {MAIL_LIMITS, MAIL_MESSAGES, mailTestInputSchema} from '../../web/shared/mail-schemas';
import {formVerdict, serverVerdict, settingsT} from '../support/form-agreement';

const filled: MailFormValues = {
  host: 'smtp.furs.example',
  port: '587',
  secure: false,
  username: 'shop@furs.example',
  password: 'hunter2',
  fromAddress: 'Fabulous Furs <hello@furs.example>',
};

const cases: [string, Partial<MailFormValues>][] = [
  ['every field filled', {}],
  ['an IPv4 host', {host: '192.0.2.10'}],
  ['an IPv6 host', {host: '2001:db8::25'}],
  ['a host with a scheme', {host: 'smtp://mail.example.com'}],
  ['a host with a port', {host: 'mail.example.com:587'}],
  ['a blank host', {host: '  '}],
  ['a host past the limit', {host: `${'a'.repeat(60)}.`.repeat(5) + 'example'}],
  ['port 0', {port: '0'}],
  ['the highest port', {port: String(MAIL_LIMITS.maxPort)}],
  ['a port past the highest', {port: String(MAIL_LIMITS.maxPort + 1)}],
  ['a port with a fraction', {port: '58.7'}],
  ['a blank port', {port: ''}],
  ['a username over two lines', {username: 'a\r\nBcc: x@example.com'}],
  ['a password without a username', {username: ''}],
  ['a sender that is not an address', {fromAddress: 'Fabulous Furs'}],
  ['a sender over two lines', {fromAddress: 'a@example.com\r\nBcc: x@example.com'}],
  ['a bare sender address', {fromAddress: 'hello@furs.example'}],
];

describe('one mail settings schema, for the form and the server', () => {
  it.each(cases)(
    'when the form holds %s, then the form and the server accept or refuse it alike, with the same words',
    async (_what, change) => {
      const values = {...filled, ...change};
      const server = serverVerdict(mailSettingsInput, mailBodyOf(values));
      const form = await formVerdict(mailResolver(settingsT, true), values);
      expect(form).toEqual(server);
    },
  );

  it('when the host has a scheme, then the form refuses it before the round trip, as the server does', async () => {
    const values = {...filled, host: 'smtp://mail.example.com'};
    expect(await formVerdict(mailResolver(settingsT, true), values)).toEqual({
      host: MAIL_MESSAGES.hostInvalid,
    });
  });

  it('when a username has no password and none is saved, then the form asks for one; the server keeps what it has', async () => {
    const values = {...filled, password: ''};
    expect(await formVerdict(mailResolver(settingsT, false), values)).toEqual({
      password: MAIL_MESSAGES.passwordRequired,
    });
    expect(await formVerdict(mailResolver(settingsT, true), values)).toEqual({});
    expect(serverVerdict(mailSettingsInput, mailBodyOf(values))).toEqual({});
  });

  it.each([
    ['an address', 'dana@furs.example'],
    ['a name', 'dana'],
    ['an address past the limit', `${'d'.repeat(MAIL_LIMITS.addressChars)}@furs.example`],
  ])('when a test is asked for %s, then the form and the server agree', (_what, to) => {
    const form = mailTestInputSchema(sayMailIn(settingsT));
    expect(serverVerdict(form, {to})).toEqual(serverVerdict(mailTestInput, {to}));
  });

  it('when the English words change, then the admin’s English says the same as the server', () => {
    for (const [code, words] of Object.entries(MAIL_MESSAGES)) {
      expect(settingsT(`validation.mail.${code as keyof typeof MAIL_MESSAGES}`)).toBe(words);
    }
  });

  it('when the shop saved nothing, then the form starts on port 587, unencrypted, without a login', () => {
    expect(mailValuesOf(null)).toEqual({
      host: '',
      port: '587',
      secure: false,
      username: '',
      password: '',
      fromAddress: '',
    });
  });
});
