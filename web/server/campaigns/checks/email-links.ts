import type {Check} from './context';
import type {Finding} from '../findings';
import {readEmailHtml} from '../email-content';
import {analyseLink} from '../link-analysis';

/**
 * Does every link in the email bring the shopper to this shop with the offer attached, and can a
 * shopper read the code (to type it, or to say it on the phone)?
 */
export const checkEmailLinks: Check = ({campaign, shop}) => {
  const content = campaign.email.html === null ? null : readEmailHtml(campaign.email.html);
  const links = [...new Set([...campaign.email.links, ...(content?.links ?? [])])];
  const findings: Finding[] = [];
  const [firstCode] = campaign.discountCodes;
  for (const link of links) {
    const verdict = analyseLink(link, shop.hosts, campaign.discountCodes, campaign.attributionKey);
    if (verdict.status === 'wrong_domain') {
      findings.push({
        code: 'LINK_WRONG_DOMAIN',
        severity: 'blocker',
        subject: link,
        explanation: verdict.host
          ? `This link goes to ${verdict.host}, which is not this shop (${shop.hosts.join(', ')}): the offer cannot be applied there.`
          : 'This link is not a web address of this shop: the offer cannot be applied from it.',
        fix: `Point the link at ${shop.hosts[0] ?? shop.domain}; use the verified links Heed generates for this campaign.`,
      });
    } else if (verdict.status === 'missing_code') {
      findings.push({
        code: 'LINK_MISSING_CODE',
        severity: 'blocker',
        subject: link,
        explanation: verdict.foreignCode
          ? `This link applies the code ${verdict.foreignCode}, which is not this campaign's code, and carries no utm_campaign=${campaign.attributionKey}.`
          : `This link carries neither the code nor utm_campaign=${campaign.attributionKey}: shoppers who follow it arrive without the offer.`,
        fix: `Replace it with a verified link such as https://${shop.hosts[0] ?? shop.domain}/discount/${firstCode ?? 'CODE'}?utm_campaign=${campaign.attributionKey}.`,
      });
    }
  }
  if (content !== null && !campaign.discountCodes.some((code) => mentions(content.text, code))) {
    findings.push({
      code: 'NO_CODE_IN_EMAIL',
      severity: 'warning',
      subject: null,
      explanation: `The email text never shows ${campaign.discountCodes.join(' or ')}: a shopper whose link fails cannot type the code, nor read it to your staff on the phone.`,
      fix: `Add a line such as "Your code: ${firstCode ?? 'CODE'} (applied automatically from this email)".`,
    });
  }
  return findings;
};

function mentions(text: string, code: string): boolean {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`, 'i').test(text);
}
