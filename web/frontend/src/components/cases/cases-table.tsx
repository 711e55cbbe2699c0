import {Card, IndexTable} from '@shopify/polaris';
import type {CaseSummary} from '../../api/case-schemas';
import {CaseRow} from './case-row';

interface Props {
  cases: readonly CaseSummary[];
  fresh: ReadonlySet<string>;
  now: number;
  /** The inbox's filters as a query string, carried to each case and back. */
  listQuery: string;
}

export const CASE_HEADINGS: [{title: string}, ...{title: string}[]] = [
  {title: 'Priority'},
  {title: 'What happened'},
  {title: 'Shopper'},
  {title: 'Time to contact'},
  {title: 'Assignee'},
  {title: 'Cart'},
];

/** The cases, in the order the server (or a live update) put them. */
export function CasesTable({cases, fresh, now, listQuery}: Props) {
  return (
    <Card padding="0">
      <IndexTable
        resourceName={{singular: 'case', plural: 'cases'}}
        itemCount={cases.length}
        headings={CASE_HEADINGS}
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
