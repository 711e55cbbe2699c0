import type {ReactNode} from 'react';
import {Badge, BlockStack, Box, Card, Divider, InlineStack, List, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {CampaignSummary} from '../../api/campaign-schemas';
import type {JourneyFacts, JourneySummary} from '../../api/journey-schemas';
import {customerLook, emailMarketingWords} from '../../live/cart-words';
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
  const {t} = useTranslation('live');
  const total = journey.cart?.total ?? null;
  const lines = journey.cart?.lines ?? 0;
  const cartWords = [
    total ? format.money(total.amount, total.currencyCode) : t('summary.totalUnknown'),
    journey.cart ? t('summary.products', {count: lines}) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const furthest = facts.progress.furthest;
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <Text as="h2" variant="headingMd">
            {t('summary.heading')}
          </Text>
          <LiveStatusBadge status={status} />
        </InlineStack>
        <Fact label={t('summary.step')}>
          <Box>
            <StepBadge step={journey.currentStep} />
          </Box>
          {furthest !== null && furthest !== journey.currentStep ? (
            <Text as="p" tone="subdued">
              {t(`stepSentence.furthest.${furthest}`)}
            </Text>
          ) : null}
        </Fact>
        <CustomerFact shopper={facts.shopper} />
        <Fact label={t('summary.cart')}>
          <Text as="p">{cartWords}</Text>
        </Fact>
        <Fact label={t('summary.campaign')}>
          <CampaignCell campaignKey={journey.campaignKey} campaigns={campaigns} />
        </Fact>
        <Fact label={t('summary.started')}>
          <Text as="p">{format.dateTime(journey.startedAt)}</Text>
        </Fact>
        <Fact
          label={t(journey.completedAt === null ? 'summary.lastActivity' : 'summary.orderPlaced')}
        >
          <Text as="p">{format.dateTime(journey.completedAt ?? journey.lastActivityAt)}</Text>
        </Fact>
        <Divider />
        <Fact label={t('summary.hesitation')}>
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
              {journey.signals.length > 0 ? t('summary.nothingOpen') : t('summary.noTrouble')}
            </Text>
          )}
        </Fact>
      </BlockStack>
    </Card>
  );
}

/** New or returning as Shopify said it, and why Heed says so. */
function CustomerFact({shopper}: {shopper: JourneyFacts['shopper']}) {
  const {t} = useTranslation('live');
  const look = customerLook(shopper.status, t);
  return (
    <Fact label={t('summary.customer')}>
      <Box>
        <Badge tone={look.tone}>{look.label}</Badge>
      </Box>
      <Text as="p" tone="subdued">
        {shopper.basis}
      </Text>
      <Text as="p">{emailMarketingWords(shopper, t)}</Text>
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
