import {useMemo, useState} from 'react';
import {Controller, useForm, useWatch, type Control} from 'react-hook-form';
import {useTranslation} from 'react-i18next';
import {
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  Form,
  InlineStack,
  Text,
  TextField,
} from '@shopify/polaris';
import {asApiError, type ApiError} from '../../api/api-error';
import {
  NOTIFIED_CHANGES,
  saveNotificationSettings,
  type NotificationSettings,
  type NotificationSettingsInput,
} from '../../api/notification-settings';
import {useApiClient} from '../../api/use-api';
import {
  WEBHOOK_PATH,
  notificationResolver,
  notificationValuesOf,
  notifyFieldId,
  toggled,
  type Channel,
  type NotificationFormValues,
} from '../../settings/notification-form-state';
import {showToast} from '../../toast';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSaveBar} from '../form-save-bar';
import {ChannelTestButton} from './channel-test-button';

export {notifyFieldId};

type FormControl = Control<NotificationFormValues, unknown, NotificationSettingsInput>;

/**
 * Which case changes each channel announces, the Slack webhook, and a test per channel. Only a
 * lead changes them; others see them.
 */
export function NotificationsForm({
  initial,
  canEdit,
}: {
  initial: NotificationSettings;
  canEdit: boolean;
}) {
  const {t} = useTranslation('settings');
  const client = useApiClient();
  const [saved, setSaved] = useState(initial);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [pending, setPending] = useState(false);
  const resolver = useMemo(() => notificationResolver(t), [t]);
  const {control, handleSubmit, reset, setError, getValues, formState} = useForm<
    NotificationFormValues,
    unknown,
    NotificationSettingsInput
  >({defaultValues: notificationValuesOf(initial), resolver, shouldFocusError: false});
  const webhookUrl = useWatch({control, name: 'webhookUrl'}).trim();
  const saving = pending || formState.isSubmitting;

  const send = async (input: NotificationSettingsInput, removeSlack: boolean) => {
    setFailure(undefined);
    setPending(true);
    try {
      const answer = await saveNotificationSettings(client, input);
      setSaved(answer);
      reset(notificationValuesOf(answer));
      showToast(removeSlack ? t('notifications.slackRemoved') : t('notifications.saved'));
    } catch (caught: unknown) {
      const error = asApiError(caught);
      const onUrl = error.problems.find((p) => p.path === WEBHOOK_PATH);
      if (onUrl) setError('webhookUrl', {message: onUrl.message});
      else setFailure(error);
    } finally {
      setPending(false);
    }
  };
  const save = () => {
    if (saving || !canEdit) return;
    void handleSubmit((input) => send(input, false))();
  };
  // Removing Slack ignores a URL being typed: the server checks the changes as ever.
  const removeSlack = () => {
    if (saving || !canEdit) return;
    const {email, slack} = getValues();
    void send({email: {changes: email}, slack: {changes: slack, webhookUrl: null}}, true);
  };

  const toggles = (channel: Channel) => (
    <ChangeToggles control={control} channel={channel} disabled={!canEdit} />
  );

  return (
    <Card>
      <FormSaveBar
        id="notifications-save-bar"
        dirty={canEdit && formState.isDirty}
        saving={saving}
        onSave={save}
        onDiscard={() => reset()}
      />
      <Form onSubmit={save} noValidate>
        <BlockStack gap="400">
          {failure ? (
            <ApiErrorBanner title={t('notifications.saveFailed')} error={failure} onRetry={save} />
          ) : null}
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm">
              {t('notifications.email')}
            </Text>
            <Text as="p" tone="subdued">
              {t('notifications.emailHelp')}
            </Text>
            {toggles('email')}
            {canEdit ? (
              <ChannelTestButton
                id="notify-email-test"
                label={t('notifications.testEmail')}
                test={{channel: 'email'}}
                server={t('channelTest.mailServer')}
              />
            ) : null}
          </BlockStack>
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm">
              {t('notifications.slack')}
            </Text>
            <Text as="p" tone="subdued">
              {t('notifications.slackHelp')}
            </Text>
            <Controller
              control={control}
              name="webhookUrl"
              render={({field: {value, onChange}, fieldState}) => (
                <TextField
                  id="notify-slack-url"
                  label={t('notifications.webhookUrl')}
                  value={value}
                  onChange={onChange}
                  disabled={!canEdit}
                  error={fieldState.error?.message}
                  autoComplete="off"
                  placeholder={saved.slack.webhookUrl ?? 'https://hooks.slack.com/services/…'}
                  helpText={
                    saved.slack.set
                      ? t('notifications.postingTo', {
                          url: saved.slack.webhookUrl ?? t('notifications.savedWebhook'),
                        })
                      : t('notifications.webhookStored')
                  }
                />
              )}
            />
            {toggles('slack')}
            {canEdit ? (
              <InlineStack gap="200" blockAlign="start">
                <ChannelTestButton
                  id="notify-slack-test"
                  label={webhookUrl ? t('notifications.testWebhook') : t('notifications.testSlack')}
                  test={webhookUrl ? {channel: 'slack', webhookUrl} : {channel: 'slack'}}
                  server={t('channelTest.slack')}
                  disabled={!saved.slack.set && webhookUrl === ''}
                />
                {saved.slack.set ? (
                  <Button tone="critical" variant="plain" onClick={removeSlack}>
                    {t('notifications.removeSlack')}
                  </Button>
                ) : null}
              </InlineStack>
            ) : null}
          </BlockStack>
          {canEdit ? (
            <Box>
              <InlineStack align="end">
                <Button variant="primary" submit loading={saving}>
                  {t('notifications.save')}
                </Button>
              </InlineStack>
            </Box>
          ) : (
            <Text as="p" tone="subdued">
              {t('notifications.leadOnly')}
            </Text>
          )}
        </BlockStack>
      </Form>
    </Card>
  );
}

/** One channel's case changes, ticked on and off in Heed's order. */
function ChangeToggles({
  control,
  channel,
  disabled,
}: {
  control: FormControl;
  channel: Channel;
  disabled: boolean;
}) {
  const {t} = useTranslation('settings');
  return (
    <Controller
      control={control}
      name={channel}
      render={({field: {value, onChange}}) => (
        <BlockStack gap="100">
          {NOTIFIED_CHANGES.map((change) => (
            <Checkbox
              key={change}
              id={notifyFieldId(channel, change)}
              label={t(`notifications.changes.${change}`)}
              disabled={disabled}
              checked={value.includes(change)}
              onChange={(on) => onChange(toggled(value, change, on))}
            />
          ))}
        </BlockStack>
      )}
    />
  );
}
