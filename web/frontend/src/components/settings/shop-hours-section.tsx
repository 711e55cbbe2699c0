import {useMemo, useState} from 'react';
import {Controller, useForm} from 'react-hook-form';
import {useTranslation} from 'react-i18next';
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
import {
  shopHoursResolver,
  shopHoursValuesOf,
  type ShopHoursFormValues,
} from '../../settings/shop-hours-form-state';
import type {ShopHoursInput} from '../../../../shared/staff-schemas';
import {showToast} from '../../toast';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSaveBar} from '../form-save-bar';
import {FormSkeleton} from './form-skeleton';
import {WorkingHoursFields} from './working-hours-fields';
import {useSectionReady} from '../../settings/settings-readiness';

/** When the shop answers shoppers: rules' response times count only these hours. */
export function ShopHoursSection() {
  const {t} = useTranslation('settings');
  const {query, reload} = useApiQuery(SHOP_HOURS_PATH, parseShopHours);
  const me = useApiQuery(STAFF_ME_PATH, parseMe).query;
  useSectionReady('hours', query.status !== 'loading' && me.status !== 'loading');
  return (
    <Layout.AnnotatedSection title={t('hours.title')} description={t('hours.description')}>
      {/* Until the viewer's role is known too: a form shown disabled, then enabled, would jump. */}
      {query.status === 'loading' || (query.status === 'success' && me.status === 'loading') ? (
        <FormSkeleton label={t('hours.loading')} />
      ) : null}
      {query.status === 'error' ? (
        <ApiErrorBanner title={t('hours.loadFailed')} error={query.error} onRetry={reload} />
      ) : null}
      {query.status === 'success' && me.status !== 'loading' ? (
        <ShopHoursForm
          initial={query.data}
          canEdit={me.status === 'success' && me.data.role === 'lead'}
        />
      ) : null}
    </Layout.AnnotatedSection>
  );
}

function ShopHoursForm({initial, canEdit}: {initial: ShopHours; canEdit: boolean}) {
  const {t} = useTranslation('settings');
  // The shared schema's words are the team's (the same rules apply to a person's hours).
  const {t: teamT} = useTranslation('team');
  const client = useApiClient();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const resolver = useMemo(() => shopHoursResolver(teamT), [teamT]);
  const {control, handleSubmit, reset, setError, formState} = useForm<
    ShopHoursFormValues,
    unknown,
    ShopHoursInput
  >({defaultValues: shopHoursValuesOf(initial.workingHours), resolver, shouldFocusError: false});
  const saving = formState.isSubmitting;
  const zone = initial.timeZone ?? 'UTC';

  const send = async ({workingHours}: ShopHoursInput) => {
    setFailure(undefined);
    try {
      const answer = await saveShopHours(client, workingHours);
      reset(shopHoursValuesOf(answer.workingHours));
      showToast(t('hours.saved'));
    } catch (caught: unknown) {
      const problem = asApiError(caught);
      const onHours = problem.problems.find((p) => p.path.startsWith('workingHours'));
      if (onHours) setError('days', {message: onHours.message});
      else setFailure(problem);
    }
  };
  const save = () => {
    if (saving || !canEdit) return;
    void handleSubmit(send)();
  };

  return (
    <Card>
      <FormSaveBar
        id="shop-hours-save-bar"
        dirty={canEdit && formState.isDirty}
        saving={saving}
        onSave={save}
        onDiscard={() => reset()}
      />
      <Form onSubmit={save} noValidate>
        <BlockStack gap="300">
          {failure ? (
            <ApiErrorBanner title={t('hours.saveFailed')} error={failure} onRetry={save} />
          ) : null}
          <Controller
            control={control}
            name="hoursSet"
            render={({field: hoursSet}) => (
              <Controller
                control={control}
                name="days"
                render={({field: days, fieldState}) => (
                  <WorkingHoursFields
                    idPrefix="shop"
                    label={t('hours.openingOnly')}
                    helpText={t('hours.openingOnlyHelp')}
                    zoneWords={t('hours.shopZone', {zone})}
                    disabled={!canEdit}
                    hoursSet={hoursSet.value}
                    days={days.value}
                    error={fieldState.error?.message}
                    onHoursSet={hoursSet.onChange}
                    onDay={(row) =>
                      days.onChange(days.value.map((d) => (d.day === row.day ? row : d)))
                    }
                  />
                )}
              />
            )}
          />
          {canEdit ? (
            <InlineStack align="end">
              <Button variant="primary" submit loading={saving}>
                {t('hours.save')}
              </Button>
            </InlineStack>
          ) : (
            <Text as="p" tone="subdued">
              {t('hours.leadOnly')}
            </Text>
          )}
        </BlockStack>
      </Form>
    </Card>
  );
}
