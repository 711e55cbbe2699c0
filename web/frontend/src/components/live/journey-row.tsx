import type {ReactNode} from 'react';
import {BlockStack, IndexTable, InlineStack, Link, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useNavigate} from 'react-router-dom';
import type {CampaignSummary} from '../../api/campaign-schemas';
import type {JourneySummary} from '../../api/journey-schemas';
import {endingWords, lastEnded, openSignals} from '../../live/signal-ending';
import {mostSevere, signalWords} from '../../live/signal-types';
import {CampaignCell} from './campaign-cell';
import styles from './live.module.css';
import {ScoreBadge} from './score-badge';
import {StepBadge} from './step-badge';
import {useShopFormat} from '../../shop/shop-format';

interface Props {
  journey: JourneySummary;
  position: number;
  campaigns: readonly CampaignSummary[] | undefined;
  fresh: boolean;
  now: number;
  /** The list's filters as a query string (`signal=…&hours=…`), or ''. */
  listQuery: string;
  /** A phone-width screen: the row is one cell, its parts stacked. */
  condensed?: boolean;
}

/** A story's address carries the list's filters, so its breadcrumb returns to the same view. */
export function journeyUrl(id: string, listQuery = ''): string {
  return `/live/${encodeURIComponent(id)}${listQuery ? `?${listQuery}` : ''}`;
}

/**
 * One shopper's checkout in a line; a click anywhere on it opens the whole story. The row
 * navigates itself (see `CampaignsTable`): live rows are new all the time, and a click on one
 * that has not re-rendered since it appeared must still open it.
 */
export function JourneyRow(props: Props) {
  const {journey, position, fresh, now, listQuery, condensed = false} = props;
  const format = useShopFormat();
  const {t} = useTranslation('live');
  const navigate = useNavigate();
  const url = journeyUrl(journey.id, listQuery);
  const title = (
    <BlockStack gap="050">
      <Link url={url} monochrome removeUnderline dataPrimaryLink>
        <Text as="span" fontWeight="semibold">
          {t('row.started', {when: format.moment(journey.startedAt, now)})}
        </Text>
      </Link>
      <Text as="span" tone="subdued" variant="bodySm">
        {t('row.active', {when: format.relative(journey.lastActivityAt, now)})}
      </Text>
    </BlockStack>
  );
  return (
    <IndexTable.Row id={journey.id} position={position} onClick={() => navigate(url)}>
      {condensed ? (
        <IndexTable.Cell>
          {fresh ? <span className={styles.fresh} data-fresh="" /> : null}
          <div className={styles.condensed}>
            <BlockStack gap="200">
              {title}
              <InlineStack gap="200">
                <StepBadge step={journey.currentStep} />
                <ScoreBadge score={journey.score} signals={journey.signals} />
              </InlineStack>
              <WhatWentWrong journey={journey} now={now} />
            </BlockStack>
          </div>
        </IndexTable.Cell>
      ) : (
        <JourneyCells {...props} title={title} />
      )}
    </IndexTable.Row>
  );
}

function JourneyCells({journey, campaigns, fresh, now, title}: Props & {title: ReactNode}) {
  const format = useShopFormat();
  const {t} = useTranslation('live');
  const total = journey.cart?.total ?? null;
  return (
    <>
      <IndexTable.Cell>
        {fresh ? <span className={styles.fresh} data-fresh="" /> : null}
        {title}
      </IndexTable.Cell>
      <IndexTable.Cell>
        <StepBadge step={journey.currentStep} />
      </IndexTable.Cell>
      <IndexTable.Cell>
        <div className={styles.sentence}>
          <WhatWentWrong journey={journey} now={now} />
        </div>
      </IndexTable.Cell>
      <IndexTable.Cell>
        <ScoreBadge score={journey.score} signals={journey.signals} />
      </IndexTable.Cell>
      <IndexTable.Cell>
        {total ? (
          <Text as="span" numeric>
            {format.money(total.amount, total.currencyCode)}
          </Text>
        ) : (
          <Text as="span" tone="subdued">
            {t('row.unknownTotal')}
          </Text>
        )}
      </IndexTable.Cell>
      <IndexTable.Cell>
        <CampaignCell campaignKey={journey.campaignKey} campaigns={campaigns} />
      </IndexTable.Cell>
    </>
  );
}

/**
 * The open signal that best says what is wrong; when every signal has ended, the last one to
 * end, struck through, with the fact that ended it.
 */
function WhatWentWrong({journey, now}: {journey: JourneySummary; now: number}) {
  const format = useShopFormat();
  const {t} = useTranslation('live');
  const worst = mostSevere(openSignals(journey.signals));
  if (worst) {
    return (
      <BlockStack gap="050">
        <Text as="span" fontWeight="semibold">
          {signalWords(worst.type, t)}
        </Text>
        <Text as="span">{worst.sentence}</Text>
      </BlockStack>
    );
  }
  const ended = lastEnded(journey.signals);
  if (ended) {
    return (
      <BlockStack gap="050">
        <Text as="span" tone="subdued" textDecorationLine="line-through">
          {signalWords(ended.type, t)}
        </Text>
        <Text as="span" tone="subdued">
          {endingWords(ended, now, format, t)}
        </Text>
      </BlockStack>
    );
  }
  return (
    <Text as="span" tone="subdued">
      {journey.completedAt === null ? t('row.nothingSoFar') : t('row.nothingWrong')}
    </Text>
  );
}
