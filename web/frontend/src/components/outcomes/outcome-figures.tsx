import {BlockStack, Card, InlineGrid, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {Outcomes} from '../../api/outcomes';
import {minutesWords, rateWords} from '../../outcomes/outcome-words';
import {useShopFormat} from '../../shop/shop-format';

interface FigureProps {
  label: string;
  value: string;
  detail: string;
}

function Figure({label, value, detail}: FigureProps) {
  return (
    <Card>
      <section aria-label={label}>
        <BlockStack gap="200">
          <Text as="h2" variant="headingSm" tone="subdued">
            {label}
          </Text>
          <Text as="p" variant="heading2xl">
            {value}
          </Text>
          <Text as="p" tone="subdued">
            {detail}
          </Text>
        </BlockStack>
      </section>
    </Card>
  );
}

/** The week in four numbers: how fast, how often in time, what came back, and how many cases. */
export function OutcomeFigures({report}: {report: Outcomes}) {
  const {t} = useTranslation('outcomes');
  const format = useShopFormat();
  const {firstContact, sla, recoveredRevenue: recovered, cases} = report;
  const other = recovered.otherCurrencies
    .map((money) => format.money(money.amount, money.currencyCode))
    .join(', ');
  return (
    <InlineGrid columns={{xs: 1, sm: 2, md: 4}} gap="400">
      <Figure
        label={t('figures.firstContact')}
        value={minutesWords(firstContact.medianMs, t)}
        detail={
          firstContact.count === 0
            ? t('figures.noContact')
            : t('figures.median', {
                count: firstContact.count,
                p90: minutesWords(firstContact.p90Ms, t),
              })
        }
      />
      <Figure
        label={t('figures.inTime')}
        value={rateWords(sla.hitRate)}
        detail={
          sla.pending > 0
            ? t('figures.slaPending', {hit: sla.hit, missed: sla.missed, pending: sla.pending})
            : t('figures.sla', {hit: sla.hit, missed: sla.missed})
        }
      />
      <Figure
        label={t('figures.revenue')}
        value={format.money(recovered.amount, recovered.currencyCode)}
        detail={
          other
            ? t('figures.recoveredAlso', {count: recovered.cases, other})
            : t('figures.recovered', {count: recovered.cases})
        }
      />
      <Figure
        label={t('figures.cases')}
        value={String(cases.total)}
        detail={t('figures.stillOpen', {count: cases.open})}
      />
    </InlineGrid>
  );
}
