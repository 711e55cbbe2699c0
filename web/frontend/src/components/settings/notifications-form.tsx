import {useState} from 'react';
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
  type NotifiedChange,
} from '../../api/notification-settings';
import {useApiClient} from '../../api/use-api';
import {showToast} from '../../toast';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSaveBar} from '../form-save-bar';
import {ChannelTestButton} from './channel-test-button';

const CHANGE_WORDS: Record<NotifiedChange, string> = {
  opened: 'A new case',
  raised: 'A case raised by a worse problem',
  reopened: 'A case reopened by the shopper’s return',
  escalated: 'A first contact gone overdue (to the leads)',
  asked: 'A shopper asking for a person on an open case',
};

type Channel = 'email' | 'slack';

export const notifyFieldId = (channel: Channel, change: NotifiedChange) =>
  `notify-${channel}-${change}`;

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
  const client = useApiClient();
  const [saved, setSaved] = useState(initial);
  const [email, setEmail] = useState<readonly NotifiedChange[]>(initial.email.changes);
  const [slack, setSlack] = useState<readonly NotifiedChange[]>(initial.slack.changes);
  const [webhookUrl, setWebhookUrl] = useState('');
  const [urlError, setUrlError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [saving, setSaving] = useState(false);

  const save = async (removeSlack = false) => {
    if (saving || !canEdit) return;
    const input: NotificationSettingsInput = {
      email: {changes: [...email]},
      slack: {changes: [...slack]},
    };
    if (removeSlack) input.slack.webhookUrl = null;
    else if (webhookUrl.trim() !== '') input.slack.webhookUrl = webhookUrl.trim();
    setSaving(true);
    setFailure(undefined);
    setUrlError(undefined);
    try {
      setSaved(await saveNotificationSettings(client, input));
      setWebhookUrl('');
      showToast(removeSlack ? 'Slack removed' : 'Notifications saved');
    } catch (caught: unknown) {
      const error = asApiError(caught);
      const onUrl = error.problems.find((p) => p.path === 'slack.webhookUrl');
      if (onUrl) setUrlError(onUrl.message);
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const toggles = (channel: Channel, chosen: readonly NotifiedChange[], set: typeof setEmail) => (
    <BlockStack gap="100">
      {NOTIFIED_CHANGES.map((change) => (
        <Checkbox
          key={change}
          id={notifyFieldId(channel, change)}
          label={CHANGE_WORDS[change]}
          disabled={!canEdit}
          checked={chosen.includes(change)}
          onChange={(on) => set(on ? [...chosen, change] : chosen.filter((c) => c !== change))}
        />
      ))}
    </BlockStack>
  );

  const dirty =
    canEdit &&
    (!sameChanges(email, saved.email.changes) ||
      !sameChanges(slack, saved.slack.changes) ||
      webhookUrl.trim() !== '');
  const discard = () => {
    setEmail(saved.email.changes);
    setSlack(saved.slack.changes);
    setWebhookUrl('');
    setUrlError(undefined);
  };

  return (
    <Card>
      <FormSaveBar
        id="notifications-save-bar"
        dirty={dirty}
        saving={saving}
        onSave={() => void save()}
        onDiscard={discard}
      />
      <Form onSubmit={() => void save()} noValidate>
        <BlockStack gap="400">
          {failure ? (
            <ApiErrorBanner
              title="Heed couldn’t save your notifications"
              error={failure}
              onRetry={() => void save()}
            />
          ) : null}
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm">
              Email
            </Text>
            <Text as="p" tone="subdued">
              To the person a case is for, or while nobody has it the agents on shift, through the
              shop’s email settings below. Each person can keep email to their working hours in the
              team list.
            </Text>
            {toggles('email', email, setEmail)}
            {canEdit ? (
              <ChannelTestButton
                id="notify-email-test"
                label="Send a test email to me"
                test={{channel: 'email'}}
                server="The mail server"
              />
            ) : null}
          </BlockStack>
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm">
              Slack
            </Text>
            <Text as="p" tone="subdued">
              One message per case in a channel your team reads, with a link to the case. Create an
              incoming webhook for the channel in Slack and paste its URL here.
            </Text>
            <TextField
              id="notify-slack-url"
              label="Incoming webhook URL"
              value={webhookUrl}
              onChange={setWebhookUrl}
              disabled={!canEdit}
              error={urlError}
              autoComplete="off"
              placeholder={saved.slack.webhookUrl ?? 'https://hooks.slack.com/services/…'}
              helpText={
                saved.slack.set
                  ? `Posting to ${saved.slack.webhookUrl ?? 'a saved webhook'}. Leave this blank to keep it.`
                  : 'Stored encrypted; never shown again in full.'
              }
            />
            {toggles('slack', slack, setSlack)}
            {canEdit ? (
              <InlineStack gap="200" blockAlign="start">
                <ChannelTestButton
                  id="notify-slack-test"
                  label={webhookUrl.trim() ? 'Test this webhook' : 'Send a test to Slack'}
                  test={
                    webhookUrl.trim()
                      ? {channel: 'slack', webhookUrl: webhookUrl.trim()}
                      : {channel: 'slack'}
                  }
                  server="Slack"
                  disabled={!saved.slack.set && webhookUrl.trim() === ''}
                />
                {saved.slack.set ? (
                  <Button tone="critical" variant="plain" onClick={() => void save(true)}>
                    Remove Slack
                  </Button>
                ) : null}
              </InlineStack>
            ) : null}
          </BlockStack>
          {canEdit ? (
            <Box>
              <InlineStack align="end">
                <Button variant="primary" submit loading={saving}>
                  Save notifications
                </Button>
              </InlineStack>
            </Box>
          ) : (
            <Text as="p" tone="subdued">
              Only a lead can change notifications.
            </Text>
          )}
        </BlockStack>
      </Form>
    </Card>
  );
}

/** The same changes announced, whatever the order they were ticked in. */
function sameChanges(a: readonly NotifiedChange[], b: readonly NotifiedChange[]): boolean {
  return a.length === b.length && a.every((change) => b.includes(change));
}
