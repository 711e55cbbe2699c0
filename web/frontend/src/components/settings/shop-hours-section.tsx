import {useState} from 'react';
import {BlockStack, Button, Card, Form, InlineStack, Layout, Text} from '@shopify/polaris';
import {asApiError, type ApiError} from '../../api/api-error';
import {
  SHOP_HOURS_PATH,
  parseShopHours,
  saveShopHours,
  type ShopHours,
} from '../../api/notification-settings';
import {STAFF_ME_PATH, parseMe} from '../../api/staff';
import {useApiClient, useApiQuery} from '../../api/use-api';
import {dayRowsOf, workingHoursOf, type DayRow} from '../../team/working-hours';
import {showToast} from '../../toast';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSaveBar} from '../form-save-bar';
import {FormSkeleton} from './form-skeleton';
import {WorkingHoursFields} from './working-hours-fields';

/** When the shop answers shoppers: rules' response times count only these hours. */
export function ShopHoursSection() {
  const {query, reload} = useApiQuery(SHOP_HOURS_PATH, parseShopHours);
  const me = useApiQuery(STAFF_ME_PATH, parseMe).query;
  return (
    <Layout.AnnotatedSection
      title="Response time"
      description="Each rule sets how many minutes the team has for the first contact. The inbox flags a case that is due soon and escalates an overdue one to the leads."
    >
      {query.status === 'loading' ? <FormSkeleton label="Loading your hours" /> : null}
      {query.status === 'error' ? (
        <ApiErrorBanner
          title="Heed couldn’t load your hours"
          error={query.error}
          onRetry={reload}
        />
      ) : null}
      {query.status === 'success' ? (
        <ShopHoursForm
          initial={query.data}
          canEdit={me.status === 'success' && me.data.role === 'lead'}
        />
      ) : null}
    </Layout.AnnotatedSection>
  );
}

function ShopHoursForm({initial, canEdit}: {initial: ShopHours; canEdit: boolean}) {
  const client = useApiClient();
  const [saved, setSaved] = useState(initial.workingHours);
  const [hoursSet, setHoursSet] = useState(initial.workingHours !== null);
  const [days, setDays] = useState<DayRow[]>(dayRowsOf(initial.workingHours));
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [saving, setSaving] = useState(false);
  const zone = initial.timeZone ?? 'UTC';

  const save = async () => {
    if (saving || !canEdit) return;
    const checked = hoursSet ? workingHoursOf(days) : {ok: true as const, hours: null};
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setError(undefined);
    setFailure(undefined);
    setSaving(true);
    try {
      const answer = await saveShopHours(client, checked.hours);
      setSaved(answer.workingHours);
      setHoursSet(answer.workingHours !== null);
      setDays(dayRowsOf(answer.workingHours));
      showToast('Hours saved');
    } catch (caught: unknown) {
      const problem = asApiError(caught);
      const onHours = problem.problems.find((p) => p.path.startsWith('workingHours'));
      if (onHours) setError(onHours.message);
      else setFailure(problem);
    } finally {
      setSaving(false);
    }
  };

  const dirty =
    canEdit &&
    (hoursSet !== (saved !== null) ||
      (hoursSet && JSON.stringify(days) !== JSON.stringify(dayRowsOf(saved))));
  const discard = () => {
    setHoursSet(saved !== null);
    setDays(dayRowsOf(saved));
    setError(undefined);
  };

  return (
    <Card>
      <FormSaveBar
        id="shop-hours-save-bar"
        dirty={dirty}
        saving={saving}
        onSave={() => void save()}
        onDiscard={discard}
      />
      <Form onSubmit={() => void save()} noValidate>
        <BlockStack gap="300">
          {failure ? (
            <ApiErrorBanner
              title="Heed couldn’t save your hours"
              error={failure}
              onRetry={() => void save()}
            />
          ) : null}
          <WorkingHoursFields
            idPrefix="shop"
            label="Count response times in opening hours only"
            helpText="Off: a 30-minute response time runs through nights and weekends too."
            zoneWords={`the shop’s time zone (${zone})`}
            disabled={!canEdit}
            hoursSet={hoursSet}
            days={days}
            error={error}
            onHoursSet={setHoursSet}
            onDay={(row) => setDays(days.map((d) => (d.day === row.day ? row : d)))}
          />
          {canEdit ? (
            <InlineStack align="end">
              <Button variant="primary" submit loading={saving}>
                Save hours
              </Button>
            </InlineStack>
          ) : (
            <Text as="p" tone="subdued">
              Only a lead can change the shop’s hours.
            </Text>
          )}
        </BlockStack>
      </Form>
    </Card>
  );
}
