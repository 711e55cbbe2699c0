import {BlockStack, Button, InlineStack, Text} from '@shopify/polaris';
import {RefreshIcon} from '@shopify/polaris-icons';
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

const ADVICE: Record<Health, string> = {
  ready:
    'Heed found nothing that would stop the offer from applying. Send the email with the verified links below.',
  warnings:
    'The offer will apply, but some shoppers may be surprised. Review the warnings before sending.',
  blocked:
    'Shoppers from this email would not get the promised discount. Fix the blockers, then verify again.',
  unverified:
    'Heed hasn’t been able to read this campaign’s discount in Shopify yet. Verify again in a moment.',
};

const TRIGGER_LABEL: Record<string, string> = {
  save: 'when the campaign was saved',
  manual: 'on request',
  schedule: 'by the scheduled re-check',
};

/** The verdict first: can the merchant send this email or not. */
export function ReportSummaryCard({health, report, verifying, onVerify}: Props) {
  const format = useShopFormat();
  const count = (severity: string) =>
    report?.findings.filter((f) => f.severity === severity).length ?? 0;
  const blockers = count('blocker');
  const warnings = count('warning');
  return (
    <TitledCard
      title="Verification"
      action={
        <Button icon={RefreshIcon} onClick={onVerify} loading={verifying}>
          Verify again
        </Button>
      }
    >
      <BlockStack gap="300">
        <InlineStack gap="300" blockAlign="center">
          <HealthBadge health={health} verdict />
          {report ? (
            <Text as="span" tone="subdued">
              {blockers + warnings === 0
                ? 'No problems found'
                : `${plural(blockers, 'blocker')} · ${plural(warnings, 'warning')}`}
            </Text>
          ) : null}
        </InlineStack>
        <Text as="p">{ADVICE[health]}</Text>
        <Text as="p" tone="subdued" variant="bodySm">
          {report
            ? `Last checked ${format.dateTime(report.checkedAt)}, ${TRIGGER_LABEL[report.trigger] ?? 'automatically'}. Heed checks again every 15 minutes until the offer ends.`
            : 'Not checked yet.'}
        </Text>
      </BlockStack>
    </TitledCard>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
