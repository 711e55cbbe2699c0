import {Card, IndexTable, useBreakpoints} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
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

/** The table's columns, by their key under `headings`. */
export const JOURNEY_HEADINGS = [
  'checkout',
  'step',
  'whatWentWrong',
  'hesitation',
  'cart',
  'campaign',
] as const;

/** Recent checkouts, the most recently active first; a list of lines on a phone-width screen. */
export function JourneysTable({journeys, campaigns, fresh, now, listQuery = ''}: Props) {
  const condensed = useBreakpoints().smDown;
  const {t} = useTranslation('live');
  const heading = (key: (typeof JOURNEY_HEADINGS)[number]) => ({title: t(`headings.${key}`)});
  return (
    <Card padding="0">
      <IndexTable
        condensed={condensed}
        resourceName={{singular: t('resource.singular'), plural: t('resource.plural')}}
        itemCount={journeys.length}
        headings={[heading(JOURNEY_HEADINGS[0]), ...JOURNEY_HEADINGS.slice(1).map(heading)]}
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
