import type {ReactNode} from 'react';
import {BlockStack, Box, Card, Divider, InlineStack, List, Text} from '@shopify/polaris';
import type {CampaignSummary} from '../../api/campaign-schemas';
import type {JourneySummary} from '../../api/journey-schemas';
import {formatMoney} from '../../campaigns/format';
import {formatDateTime} from '../../live/format-time';
import type {LiveStatus} from '../../live/live-connection';
import {CampaignCell} from './campaign-cell';
import {LiveStatusBadge} from './live-status-badge';
import {ScoreBadge} from './score-badge';
import {StepBadge} from './step-badge';

interface Props {
  journey: JourneySummary;
  campaigns: readonly CampaignSummary[] | undefined;
  status: LiveStatus;
}

/** The journey at a glance, and why its hesitation score is what it is. */
export function JourneySummaryCard({journey, campaigns, status}: Props) {
  const total = journey.cart?.total ?? null;
  const lines = journey.cart?.lines ?? 0;
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <Text as="h2" variant="headingMd">
            Checkout
          </Text>
          <LiveStatusBadge status={status} />
        </InlineStack>
        <Fact label="Step">
          <Box>
            <StepBadge step={journey.currentStep} />
          </Box>
        </Fact>
        <Fact label="Cart">
          <Text as="p">
            {total ? formatMoney(total.amount, total.currencyCode) : 'Total unknown'}
            {journey.cart ? ` · ${lines} product${lines === 1 ? '' : 's'}` : ''}
          </Text>
        </Fact>
        <Fact label="Campaign">
          <CampaignCell campaignKey={journey.campaignKey} campaigns={campaigns} />
        </Fact>
        <Fact label="Started">
          <Text as="p">{formatDateTime(journey.startedAt)}</Text>
        </Fact>
        <Fact label={journey.completedAt === null ? 'Last activity' : 'Order placed'}>
          <Text as="p">{formatDateTime(journey.completedAt ?? journey.lastActivityAt)}</Text>
        </Fact>
        <Divider />
        <Fact label="Hesitation">
          <Box>
            <ScoreBadge score={journey.score} />
          </Box>
          {journey.reasons.length > 0 ? (
            <List type="bullet">
              {journey.reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          ) : (
            <Text as="p" tone="subdued">
              No sign of trouble so far.
            </Text>
          )}
        </Fact>
      </BlockStack>
    </Card>
  );
}

function Fact({label, children}: {label: string; children: ReactNode}) {
  return (
    <BlockStack gap="100">
      <Text as="h3" variant="headingSm">
        {label}
      </Text>
      {children}
    </BlockStack>
  );
}
