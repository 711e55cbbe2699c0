import {Banner, ChoiceList, SkeletonBodyText, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {parseSegments, SEGMENTS_PATH} from '../../../api/lookups';
import {useApiQuery} from '../../../api/use-api';
import {fieldId} from '../../../campaigns/field-labels';

interface SegmentPickerProps {
  selected: string[];
  error: string | undefined;
  onChange: (ids: string[]) => void;
}

/** The shop's customer segments, read from the Admin API, to say which ones the email goes to. */
export function SegmentPicker({selected, error, onChange}: SegmentPickerProps) {
  const {t} = useTranslation('campaignForm');
  const {query, reload} = useApiQuery(SEGMENTS_PATH, parseSegments);
  if (query.status === 'loading') return <SkeletonBodyText lines={3} />;
  if (query.status === 'error') {
    return (
      <Banner tone="warning" action={{content: t('segments.retry'), onAction: reload}}>
        {t('segments.loadFailed')}
      </Banner>
    );
  }
  if (query.data.length === 0) {
    return (
      <Text as="p" tone="subdued">
        {t('segments.none')}
      </Text>
    );
  }
  return (
    <div id={fieldId('segmentIds')}>
      <ChoiceList
        allowMultiple
        title={t('fields.segmentIds')}
        choices={query.data.map((segment) => ({label: segment.name, value: segment.id}))}
        selected={selected}
        onChange={onChange}
        error={error}
      />
    </div>
  );
}
