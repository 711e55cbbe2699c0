import {Banner, ChoiceList, SkeletonBodyText, Text} from '@shopify/polaris';
import {parseSegments, SEGMENTS_PATH} from '../../../api/lookups';
import {useApiQuery} from '../../../api/use-api';
import {FIELD_LABELS, fieldId} from '../../../campaigns/field-labels';

interface SegmentPickerProps {
  selected: string[];
  error: string | undefined;
  onChange: (ids: string[]) => void;
}

/** The shop's customer segments, read from the Admin API, to say which ones the email goes to. */
export function SegmentPicker({selected, error, onChange}: SegmentPickerProps) {
  const {query, reload} = useApiQuery(SEGMENTS_PATH, parseSegments);
  if (query.status === 'loading') return <SkeletonBodyText lines={3} />;
  if (query.status === 'error') {
    return (
      <Banner tone="warning" action={{content: 'Try again', onAction: reload}}>
        Heed couldn’t load your customer segments from Shopify.
      </Banner>
    );
  }
  if (query.data.length === 0) {
    return (
      <Text as="p" tone="subdued">
        Your store has no customer segments yet. Create one under Customers in Shopify admin.
      </Text>
    );
  }
  return (
    <div id={fieldId('segmentIds')}>
      <ChoiceList
        allowMultiple
        title={FIELD_LABELS.segmentIds}
        choices={query.data.map((segment) => ({label: segment.name, value: segment.id}))}
        selected={selected}
        onChange={onChange}
        error={error}
      />
    </div>
  );
}
