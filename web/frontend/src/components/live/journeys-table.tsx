import {Card, IndexTable, useBreakpoints} from '@shopify/polaris';
import type {CampaignSummary} from '../../api/campaign-schemas';
import type {JourneySummary} from '../../api/journey-schemas';
import {JourneyRow} from './journey-row';

interface Props {
  journeys: readonly JourneySummary[];
  campaigns: readonly CampaignSummary[] | undefined;
  fresh: ReadonlyMap<string, number>;
  now: number;
  /** The list's filters as a query string, carried to each story and back. */
  listQuery?: string;
}

export const JOURNEY_HEADINGS: [{title: string}, ...{title: string}[]] = [
  {title: 'Checkout'},
  {title: 'Step'},
  {title: 'What went wrong'},
  {title: 'Hesitation'},
  {title: 'Cart'},
  {title: 'Campaign'},
];

/** Recent checkouts, the most recently active first; a list of lines on a phone-width screen. */
export function JourneysTable({journeys, campaigns, fresh, now, listQuery = ''}: Props) {
  const condensed = useBreakpoints().smDown;
  return (
    <Card padding="0">
      <IndexTable
        condensed={condensed}
        resourceName={{singular: 'checkout', plural: 'checkouts'}}
        itemCount={journeys.length}
        headings={JOURNEY_HEADINGS}
        selectable={false}
      >
        {journeys.map((journey, index) => (
          <JourneyRow
            key={journey.id}
            journey={journey}
            position={index}
            campaigns={campaigns}
            fresh={fresh.has(journey.id)}
            now={now}
            listQuery={listQuery}
            condensed={condensed}
          />
        ))}
      </IndexTable>
    </Card>
  );
}
