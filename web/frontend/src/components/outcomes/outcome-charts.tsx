import '@shopify/polaris-viz/build/esm/styles.css';
import {BarChart, PolarisVizProvider, type DataSeries} from '@shopify/polaris-viz';
import {BlockStack, Card, InlineGrid, Text} from '@shopify/polaris';
import type {ReactNode} from 'react';
import type {TFunction} from 'i18next';
import {useTranslation} from 'react-i18next';
import type {Outcomes} from '../../api/outcomes';
import {CASE_OUTCOMES} from '../../api/case-schemas';
import {dayLabel, outcomeWords} from '../../outcomes/outcome-words';
import type {Formatter} from '../../../../shared/format';
import {useShopFormat} from '../../shop/shop-format';

/** Polaris' success and critical fills, so kept and broken read as they do elsewhere in the admin. */
const KEPT_COLOR = '#29845a';
const BROKEN_COLOR = '#e51c00';
const CHART_HEIGHT_PX = 260;
/** Counts have whole ticks only: half a case reads as a mistake. */
const wholeTicks = (value: string | number | null) =>
  Number.isInteger(Number(value)) ? String(value) : '';

/** A bar per campaign: a chart as tall as its campaigns need. */
const promisesHeight = (campaigns: number) => Math.min(CHART_HEIGHT_PX, 90 + 50 * campaigns);

function ChartCard(props: {
  title: string;
  description: string;
  heightPx?: number;
  children: ReactNode;
}) {
  return (
    <Card>
      <section aria-label={props.title}>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {props.title}
          </Text>
          <Text as="p" tone="subdued">
            {props.description}
          </Text>
          {/* data-chart: polaris-viz's own markup, which the accessibility check cannot hold to account. */}
          <div data-chart="" style={{height: props.heightPx ?? CHART_HEIGHT_PX}}>
            {props.children}
          </div>
        </BlockStack>
      </section>
    </Card>
  );
}

type Words = TFunction<'outcomes'>;

function byOutcome(report: Outcomes, t: Words): DataSeries[] {
  const known = [...CASE_OUTCOMES, ...Object.keys(report.cases.byOutcome)].filter(
    (o, n, all) => all.indexOf(o) === n,
  );
  return [
    {
      name: t('charts.cases'),
      data: [
        ...known.map((o) => ({key: outcomeWords(o, t), value: report.cases.byOutcome[o] ?? 0})),
        {key: t('charts.stillOpen'), value: report.cases.open},
      ],
    },
  ];
}

function byDay(report: Outcomes, format: Pick<Formatter, 'calendarDate'>, t: Words): DataSeries[] {
  return [
    {
      name: t('charts.opened'),
      data: report.days.map((d) => ({key: dayLabel(d.date, format), value: d.opened})),
    },
    {
      name: t('charts.contacts'),
      data: report.days.map((d) => ({key: dayLabel(d.date, format), value: d.contacts})),
    },
  ];
}

function promises(report: Outcomes, t: Words): DataSeries[] {
  return [
    {
      name: t('charts.kept'),
      color: KEPT_COLOR,
      data: report.promises.map((p) => ({key: p.name, value: p.kept})),
    },
    {
      name: t('charts.broken'),
      color: BROKEN_COLOR,
      data: report.promises.map((p) => ({key: p.name, value: p.broken})),
    },
  ];
}

/**
 * The week's charts (Polaris Viz). Loaded on its own, when the Outcomes page shows them, so the
 * rest of the admin does not carry the chart library.
 */
export default function OutcomeCharts({report}: {report: Outcomes}) {
  const {t} = useTranslation('outcomes');
  const format = useShopFormat();
  return (
    <PolarisVizProvider>
      <BlockStack gap="400">
        <InlineGrid columns={{xs: 1, md: 2}} gap="400">
          <ChartCard
            title={t('charts.byOutcome.title')}
            description={t('charts.byOutcome.description')}
          >
            <BarChart
              data={byOutcome(report, t)}
              direction="horizontal"
              theme="Light"
              showLegend={false}
              xAxisOptions={{labelFormatter: wholeTicks}}
            />
          </ChartCard>
          <ChartCard title={t('charts.byDay.title')} description={t('charts.byDay.description')}>
            <BarChart
              data={byDay(report, format, t)}
              theme="Light"
              yAxisOptions={{integersOnly: true}}
            />
          </ChartCard>
        </InlineGrid>
        <ChartCard
          title={t('charts.promises.title')}
          description={t('charts.promises.description')}
          heightPx={promisesHeight(report.promises.length)}
        >
          {report.promises.length > 0 ? (
            <BarChart
              data={promises(report, t)}
              direction="horizontal"
              type="stacked"
              theme="Light"
              xAxisOptions={{labelFormatter: wholeTicks}}
            />
          ) : (
            <Text as="p" tone="subdued">
              {t('charts.promises.none')}
            </Text>
          )}
        </ChartCard>
      </BlockStack>
    </PolarisVizProvider>
  );
}
