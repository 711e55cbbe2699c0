import type {Check} from './context';
import type {CheckedFinding} from '../findings';
import type {WordValue} from '../../sentences/wording';
import {findingWording, phrase} from '../finding-phrases';
import {readEmailHtml} from '../email-content';
import {analyseLink} from '../link-analysis';

/**
 * Does every link in the email bring the shopper to this shop with the offer attached, and can a
 * shopper read the code (to type it, or to say it on the phone)?
 */
export const checkEmailLinks: Check = ({campaign, shop}) => {
  const content = campaign.email.html === null ? null : readEmailHtml(campaign.email.html);
  const links = [...new Set([...campaign.email.links, ...(content?.links ?? [])])];
  const findings: CheckedFinding[] = [];
  const {attributionKey} = campaign;
  // A code stands for itself in every language; "CODE" only shows where a campaign has none.
  const code = campaign.discountCodes[0] ?? 'CODE';
  const host = shop.hosts[0] ?? shop.domain;
  for (const link of links) {
    const verdict = analyseLink(link, shop.hosts, campaign.discountCodes, attributionKey);
    if (verdict.status === 'wrong_domain') {
      findings.push({
        code: 'LINK_WRONG_DOMAIN',
        severity: 'blocker',
        subject: link,
        explanation: verdict.host
          ? findingWording('wrongDomain.explanation', {
              host: verdict.host,
              hosts: shop.hosts.join(', '),
            })
          : findingWording('wrongDomain.explanationNotWeb'),
        fix: findingWording('wrongDomain.fix', {host}),
      });
    } else if (verdict.status === 'missing_code') {
      findings.push({
        code: 'LINK_MISSING_CODE',
        severity: 'blocker',
        subject: link,
        explanation: verdict.foreignCode
          ? findingWording('missingCode.explanationForeign', {
              foreignCode: verdict.foreignCode,
              attributionKey,
            })
          : findingWording('missingCode.explanation', {attributionKey}),
        fix: findingWording('missingCode.fix', {
          link: `https://${host}/discount/${code}?utm_campaign=${attributionKey}`,
        }),
      });
    }
  }
  if (content !== null && !campaign.discountCodes.some((c) => mentions(content.text, c))) {
    findings.push({
      code: 'NO_CODE_IN_EMAIL',
      severity: 'warning',
      subject: null,
      explanation: findingWording('noCodeInEmail.explanation', {
        codes: eitherOf(campaign.discountCodes),
      }),
      fix: findingWording('noCodeInEmail.fix', {code}),
    });
  }
  return findings;
};

/** "A or B or C": any one of the codes would do. */
function eitherOf(codes: string[]): WordValue {
  const last = codes.at(-1) ?? '';
  return codes.length <= 1
    ? last
    : phrase('noCodeInEmail.either', {first: eitherOf(codes.slice(0, -1)), last});
}

function mentions(text: string, code: string): boolean {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`, 'i').test(text);
}
