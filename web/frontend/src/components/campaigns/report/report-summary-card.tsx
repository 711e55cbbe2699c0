import {BlockStack, Button, InlineStack, Text} from '@shopify/polaris';
import {RefreshIcon} from '@shopify/polaris-icons';
import {useTranslation} from 'react-i18next';
import type {Health, Report} from '../../../api/campaign-schemas';
import {HealthBadge} from '../health-badge';
import {TitledCard} from './titled-card';
import {useShopFormat} from '../../../shop/shop-format';

interface Props {
  health: Health;
  report: Report | null;
  verifying: boolean;
  onVerify: () => void;
}

/** What started a check; a trigger this admin does not know yet reads as "automatically". */
const TRIGGERS = ['save', 'manual', 'schedule'] as const;
type Trigger = (typeof TRIGGERS)[number] | 'other';

function triggerOf(trigger: string): Trigger {
  return (TRIGGERS as readonly string[]).includes(trigger) ? (trigger as Trigger) : 'other';
}

/** The verdict first: can the merchant send this email or not. */
export function ReportSummaryCard({health, report, verifying, onVerify}: Props) {
  const {t} = useTranslation('campaigns');
  const format = useShopFormat();
  const count = (severity: string) =>
    report?.findings.filter((f) => f.severity === severity).length ?? 0;
  const blockers = count('blocker');
  const warnings = count('warning');
  return (
    <TitledCard
      title={t('summary.title')}
      action={
        <Button icon={RefreshIcon} onClick={onVerify} loading={verifying}>
          {t('summary.verifyAgain')}
        </Button>
      }
    >
      <BlockStack gap="300">
        <InlineStack gap="300" blockAlign="center">
          <HealthBadge health={health} verdict />
          {report ? (
            <Text as="span" tone="subdued">
              {blockers + warnings === 0
                ? t('summary.noProblems')
                : t('summary.counts', {
                    blockers: t('summary.blockers', {count: blockers}),
                    warnings: t('summary.warnings', {count: warnings}),
                  })}
            </Text>
          ) : null}
        </InlineStack>
        <Text as="p">{t(`summary.advice.${health}`)}</Text>
        <Text as="p" tone="subdued" variant="bodySm">
          {report
            ? t('summary.lastChecked', {
                when: format.dateTime(report.checkedAt),
                trigger: t(`summary.trigger.${triggerOf(report.trigger)}`),
              })
            : t('summary.notChecked')}
        </Text>
      </BlockStack>
    </TitledCard>
  );
}
