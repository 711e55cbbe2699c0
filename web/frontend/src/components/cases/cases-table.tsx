import {Card, IndexTable} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {CaseSummary} from '../../api/case-schemas';
import {CaseRow} from './case-row';

interface Props {
  cases: readonly CaseSummary[];
  fresh: ReadonlySet<string>;
  now: number;
  /** The inbox's filters as a query string, carried to each case and back. */
  listQuery: string;
}

/** The table's columns, by their key under `inbox.headings`. */
export const CASE_HEADINGS = [
  'priority',
  'whatHappened',
  'shopper',
  'timeToContact',
  'assignee',
  'cart',
] as const;

/** The cases, in the order the server (or a live update) put them. */
export function CasesTable({cases, fresh, now, listQuery}: Props) {
  const {t} = useTranslation('cases');
  const heading = (key: (typeof CASE_HEADINGS)[number]) => ({title: t(`inbox.headings.${key}`)});
  return (
    <Card padding="0">
      <IndexTable
        resourceName={{singular: t('inbox.resource.singular'), plural: t('inbox.resource.plural')}}
        itemCount={cases.length}
        headings={[heading(CASE_HEADINGS[0]), ...CASE_HEADINGS.slice(1).map(heading)]}
        selectable={false}
      >
        {cases.map((item, index) => (
          <CaseRow
            key={item.id}
            item={item}
            position={index}
            fresh={fresh.has(item.id)}
            now={now}
            listQuery={listQuery}
          />
        ))}
      </IndexTable>
    </Card>
  );
}
