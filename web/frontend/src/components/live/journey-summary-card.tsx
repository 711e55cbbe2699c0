import type {ReactNode} from 'react';
import {Badge, BlockStack, Box, Card, Divider, InlineStack, List, Text} from '@shopify/polaris';
import type {CampaignSummary} from '../../api/campaign-schemas';
import type {JourneyFacts, JourneySummary} from '../../api/journey-schemas';
import {CUSTOMER_LOOK, emailMarketingWords} from '../../live/cart-words';
import {STEP_LOOK} from '../../live/steps';
import type {LiveStatus} from '../../live/live-connection';
import {CampaignCell} from './campaign-cell';
import {LiveStatusBadge} from './live-status-badge';
import {ScoreBadge} from './score-badge';
import {StepBadge} from './step-badge';
import {useShopFormat} from '../../shop/shop-format';

interface Props {
  journey: JourneySummary;
  facts: JourneyFacts;
  campaigns: readonly CampaignSummary[] | undefined;
  status: LiveStatus;
}

/** The journey at a glance, and why its hesitation score is what it is. */
export function JourneySummaryCard({journey, facts, campaigns, status}: Props) {
  const format = useShopFormat();
  const total = journey.cart?.total ?? null;
  const lines = journey.cart?.lines ?? 0;
  const furthest = facts.progress.furthest;
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
          {furthest !== null && furthest !== journey.currentStep ? (
            <Text as="p" tone="subdued">
              Got as far as {STEP_LOOK[furthest].phrase}
            </Text>
          ) : null}
        </Fact>
        <CustomerFact shopper={facts.shopper} />
        <Fact label="Cart">
          <Text as="p">
            {total ? format.money(total.amount, total.currencyCode) : 'Total unknown'}
            {journey.cart ? ` · ${lines} product${lines === 1 ? '' : 's'}` : ''}
          </Text>
        </Fact>
        <Fact label="Campaign">
          <CampaignCell campaignKey={journey.campaignKey} campaigns={campaigns} />
        </Fact>
        <Fact label="Started">
          <Text as="p">{format.dateTime(journey.startedAt)}</Text>
        </Fact>
        <Fact label={journey.completedAt === null ? 'Last activity' : 'Order placed'}>
          <Text as="p">{format.dateTime(journey.completedAt ?? journey.lastActivityAt)}</Text>
        </Fact>
        <Divider />
        <Fact label="Hesitation">
          <Box>
            <ScoreBadge score={journey.score} signals={journey.signals} />
          </Box>
          {journey.reasons.length > 0 ? (
            <List type="bullet">
              {journey.reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          ) : (
            <Text as="p" tone="subdued">
              {journey.signals.length > 0
                ? 'Nothing open: every signal has ended.'
                : 'No sign of trouble so far.'}
            </Text>
          )}
        </Fact>
      </BlockStack>
    </Card>
  );
}

/** New or returning as Shopify said it, and why Heed says so. */
function CustomerFact({shopper}: {shopper: JourneyFacts['shopper']}) {
  const look = CUSTOMER_LOOK[shopper.status];
  return (
    <Fact label="Customer">
      <Box>
        <Badge tone={look.tone}>{look.label}</Badge>
      </Box>
      <Text as="p" tone="subdued">
        {shopper.basis}
      </Text>
      <Text as="p">{emailMarketingWords(shopper)}</Text>
    </Fact>
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
