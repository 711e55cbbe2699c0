import {BlockStack, Card, InlineGrid, Text} from '@shopify/polaris';
import type {Outcomes} from '../../api/outcomes';
import {minutesWords, plural, rateWords} from '../../outcomes/outcome-words';
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
  const format = useShopFormat();
  const {firstContact, sla, recoveredRevenue: recovered, cases} = report;
  const other = recovered.otherCurrencies
    .map((money) => format.money(money.amount, money.currencyCode))
    .join(', ');
  return (
    <InlineGrid columns={{xs: 1, sm: 2, md: 4}} gap="400">
      <Figure
        label="Time to first contact"
        value={minutesWords(firstContact.medianMs)}
        detail={
          firstContact.count === 0
            ? 'No shopper was contacted yet.'
            : `Median of ${plural(firstContact.count, 'contacted case', 'contacted cases')}; 9 in 10 within ${minutesWords(firstContact.p90Ms)}.`
        }
      />
      <Figure
        label="Contacted in time"
        value={rateWords(sla.hitRate)}
        detail={`${sla.hit} in time, ${sla.missed} late${sla.pending > 0 ? `, ${sla.pending} not due yet` : ''}.`}
      />
      <Figure
        label="Recovered revenue"
        value={format.money(recovered.amount, recovered.currencyCode)}
        detail={`${plural(recovered.cases, 'order', 'orders')} placed after a person contacted the shopper${other ? `; also ${other}` : ''}.`}
      />
      <Figure label="Cases" value={String(cases.total)} detail={`${cases.open} still open.`} />
    </InlineGrid>
  );
}
