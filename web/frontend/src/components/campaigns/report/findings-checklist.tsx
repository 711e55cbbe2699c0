import {BlockStack, Box, Divider, Icon, InlineStack, Text} from '@shopify/polaris';
import {CheckCircleIcon} from '@shopify/polaris-icons';
import type {Finding, Report, Severity} from '../../../api/campaign-schemas';
import {passedChecks} from '../../../campaigns/check-groups';
import {FindingItem} from './finding-item';
import {TitledCard} from './titled-card';

const SECTIONS: readonly {severity: Severity; title: string; intro: string}[] = [
  {
    severity: 'blocker',
    title: 'Blockers',
    intro:
      'Fix these before sending: as things stand, the offer will not apply for these shoppers.',
  },
  {
    severity: 'warning',
    title: 'Warnings',
    intro: 'The offer applies, but these can still disappoint a shopper.',
  },
  {
    severity: 'info',
    title: 'Good to know',
    intro: 'Nothing to fix; worth knowing when shoppers ask.',
  },
];

/** The report as a checklist: problems grouped by how much they matter, then what passed. */
export function FindingsChecklist({report}: {report: Report}) {
  const passed = passedChecks(report.findings.map((finding) => finding.code));
  return (
    <BlockStack gap="400">
      {SECTIONS.map((section) => {
        const findings = report.findings.filter((f) => f.severity === section.severity);
        if (findings.length === 0) return null;
        return (
          <TitledCard
            key={section.severity}
            title={`${section.title} (${findings.length})`}
            intro={section.intro}
          >
            <FindingList findings={findings} />
          </TitledCard>
        );
      })}
      {passed.length > 0 ? (
        <TitledCard title={`Passed (${passed.length})`}>
          <BlockStack as="ul" gap="200">
            {passed.map((check) => (
              <Box as="li" key={check.title}>
                <InlineStack gap="300" wrap={false} blockAlign="start">
                  <span>
                    <Icon source={CheckCircleIcon} tone="success" />
                  </span>
                  <Text as="p">
                    <Text as="span" fontWeight="semibold">
                      {check.title}.
                    </Text>{' '}
                    <Text as="span" tone="subdued">
                      {check.passed}
                    </Text>
                  </Text>
                </InlineStack>
              </Box>
            ))}
          </BlockStack>
        </TitledCard>
      ) : null}
    </BlockStack>
  );
}

function FindingList({findings}: {findings: readonly Finding[]}) {
  return (
    <BlockStack as="ul" gap="400">
      {findings.map((finding, index) => (
        <Box as="li" key={`${finding.code}:${finding.subject ?? ''}:${index}`}>
          <BlockStack gap="400">
            {index > 0 ? <Divider /> : null}
            <FindingItem finding={finding} />
          </BlockStack>
        </Box>
      ))}
    </BlockStack>
  );
}
