import {BlockStack, Box, Divider, Icon, InlineStack, Text} from '@shopify/polaris';
import {CheckCircleIcon} from '@shopify/polaris-icons';
import {useTranslation} from 'react-i18next';
import type {Finding, Report, Severity} from '../../../api/campaign-schemas';
import {passedChecks} from '../../../campaigns/check-groups';
import {FindingItem} from './finding-item';
import {TitledCard} from './titled-card';

/** Problems grouped by how much they matter, the worst first. */
const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'info'];

/** The report as a checklist: problems grouped by how much they matter, then what passed. */
export function FindingsChecklist({report}: {report: Report}) {
  const {t} = useTranslation('campaigns');
  const passed = passedChecks(report.findings.map((finding) => finding.code));
  return (
    <BlockStack gap="400">
      {SEVERITIES.map((severity) => {
        const findings = report.findings.filter((f) => f.severity === severity);
        if (findings.length === 0) return null;
        return (
          <TitledCard
            key={severity}
            title={t(`checklist.${severity}.title`, {count: findings.length})}
            intro={t(`checklist.${severity}.intro`)}
          >
            <FindingList findings={findings} />
          </TitledCard>
        );
      })}
      {passed.length > 0 ? (
        <TitledCard title={t('checklist.passed', {count: passed.length})}>
          <BlockStack as="ul" gap="200">
            {passed.map((check) => (
              <Box as="li" key={check.id}>
                <InlineStack gap="300" wrap={false} blockAlign="start">
                  <span>
                    <Icon source={CheckCircleIcon} tone="success" />
                  </span>
                  <Text as="p">
                    <Text as="span" fontWeight="semibold">
                      {t(`checks.${check.id}.title`)}.
                    </Text>{' '}
                    <Text as="span" tone="subdued">
                      {t(`checks.${check.id}.passed`)}
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
