import {describe, expect, it} from 'vitest';
import {caseAdminLink, staffEmail} from '../../../web/server/followup/staff-email';

const HEADLINE =
  'Was promised 20% off by the “Winter sale” email but reached payment with no discount applied (code WINTER20).';

describe('the email that tells a person about a case', () => {
  const link = caseAdminLink('fabulous-furs.myshopify.com', 'api-key-1', 'case-1');

  it('when a case opens, then the link opens the case page inside the Shopify admin', () => {
    expect(link).toBe('https://admin.shopify.com/store/fabulous-furs/apps/api-key-1/inbox/case-1');
  });

  it('when a case opens, then the subject and the body name the shopper’s problem in one sentence and carry the link', () => {
    const email = staffEmail({
      to: 'omar@fabulous-furs.example',
      recipientName: 'Omar Haddad',
      shopName: 'Fabulous Furs',
      change: 'opened',
      priority: 'urgent',
      headline: HEADLINE,
      link,
    });
    expect(email.to).toBe('omar@fabulous-furs.example');
    expect(email.subject).toBe(`New case (urgent) at Fabulous Furs: ${HEADLINE}`);
    expect(email.text.split('\n')).toEqual(
      expect.arrayContaining(['Hello Omar Haddad,', HEADLINE, `Open the case: ${link}`]),
    );
  });

  it('when the shopper asked for a person on an open case, then the subject says it is their request', () => {
    const email = staffEmail({
      to: 'omar@fabulous-furs.example',
      recipientName: 'Omar Haddad',
      shopName: 'Fabulous Furs',
      change: 'asked',
      priority: 'urgent',
      headline: HEADLINE,
      link,
    });
    expect(email.subject).toBe(`Shopper request (urgent) at Fabulous Furs: ${HEADLINE}`);
  });

  it('when the headline holds a line break, then the subject stays one line', () => {
    const email = staffEmail({
      to: 'a@example.com',
      recipientName: null,
      shopName: 'Furs',
      change: 'raised',
      priority: 'high',
      headline: 'A code\nwas refused.',
      link,
    });
    expect(email.subject).toBe('Case raised (high) at Furs: A code was refused.');
    expect(email.text.startsWith('Hello,\n')).toBe(true);
  });
});
