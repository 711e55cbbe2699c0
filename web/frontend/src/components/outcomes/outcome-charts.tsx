import '@shopify/polaris-viz/build/esm/styles.css';
import {BarChart, PolarisVizProvider, type DataSeries} from '@shopify/polaris-viz';
import {BlockStack, Card, InlineGrid, Text} from '@shopify/polaris';
import type {ReactNode} from 'react';
import type {Outcomes} from '../../api/outcomes';
import {CASE_OUTCOMES} from '../../api/case-schemas';
import {outcomeLabel} from '../../cases/case-words';
import {dayLabel} from '../../outcomes/outcome-words';
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

function byOutcome(report: Outcomes): DataSeries[] {
  const known = [...CASE_OUTCOMES, ...Object.keys(report.cases.byOutcome)].filter(
    (o, n, all) => all.indexOf(o) === n,
  );
  return [
    {
      name: 'Cases',
      data: [
        ...known.map((o) => ({key: outcomeLabel(o), value: report.cases.byOutcome[o] ?? 0})),
        {key: 'Still open', value: report.cases.open},
      ],
    },
  ];
}

function byDay(report: Outcomes, format: Pick<Formatter, 'calendarDate'>): DataSeries[] {
  return [
    {
      name: 'Cases opened',
      data: report.days.map((d) => ({key: dayLabel(d.date, format), value: d.opened})),
    },
    {
      name: 'Contacts made',
      data: report.days.map((d) => ({key: dayLabel(d.date, format), value: d.contacts})),
    },
  ];
}

function promises(report: Outcomes): DataSeries[] {
  return [
    {
      name: 'Promise kept',
      color: KEPT_COLOR,
      data: report.promises.map((p) => ({key: p.name, value: p.kept})),
    },
    {
      name: 'Promise broken',
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
  const format = useShopFormat();
  return (
    <PolarisVizProvider>
      <BlockStack gap="400">
        <InlineGrid columns={{xs: 1, md: 2}} gap="400">
          <ChartCard
            title="Cases by outcome"
            description="How the week’s cases ended, and how many are still open."
          >
            <BarChart
              data={byOutcome(report)}
              direction="horizontal"
              theme="Light"
              showLegend={false}
              xAxisOptions={{labelFormatter: wholeTicks}}
            />
          </ChartCard>
          <ChartCard
            title="Day by day"
            description="Cases opened and contacts made each day, in the store’s time zone."
          >
            <BarChart
              data={byDay(report, format)}
              theme="Light"
              yAxisOptions={{integersOnly: true}}
            />
          </ChartCard>
        </InlineGrid>
        <ChartCard
          title="Promises kept and broken"
          description="Checkouts from each campaign’s email: the promised discount applied, or it did not."
          heightPx={promisesHeight(report.promises.length)}
        >
          {report.promises.length > 0 ? (
            <BarChart
              data={promises(report)}
              direction="horizontal"
              type="stacked"
              theme="Light"
              xAxisOptions={{labelFormatter: wholeTicks}}
            />
          ) : (
            <Text as="p" tone="subdued">
              No checkout came from a campaign this week.
            </Text>
          )}
        </ChartCard>
      </BlockStack>
    </PolarisVizProvider>
  );
}
