import {useState} from 'react';
import {
  Banner,
  BlockStack,
  Button,
  Card,
  Checkbox,
  Form,
  FormLayout,
  InlineStack,
  TextField,
} from '@shopify/polaris';
import {asApiError, type ApiError} from '../../api/api-error';
import {saveMailSettings, type MailSettings, type MailSettingsInput} from '../../api/mail-settings';
import {useApiClient} from '../../api/use-api';
import {showToast} from '../../toast';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSaveBar} from '../form-save-bar';
import {MailTest} from './mail-test';

type MailField = 'host' | 'port' | 'username' | 'password' | 'fromAddress';
type MailErrors = Partial<Record<MailField, string>>;
const FIELDS: readonly MailField[] = ['host', 'port', 'username', 'password', 'fromAddress'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const mailFieldId = (field: MailField | 'secure') => `mail-${field}`;

/** SMTP host, port, security, login and sender. The password is write-only: blank keeps it. */
export function MailForm({initial}: {initial: MailSettings | null}) {
  const client = useApiClient();
  const [saved, setSaved] = useState(initial);
  const [host, setHost] = useState(initial?.host ?? '');
  const [port, setPort] = useState(String(initial?.port ?? 587));
  const [secure, setSecure] = useState(initial?.secure ?? false);
  const [username, setUsername] = useState(initial?.username ?? '');
  const [password, setPassword] = useState('');
  const [fromAddress, setFromAddress] = useState(initial?.fromAddress ?? '');
  const [errors, setErrors] = useState<MailErrors>({});
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [saving, setSaving] = useState(false);

  const check = (): MailSettingsInput | undefined => {
    const found: MailErrors = {};
    const portNumber = Number(port);
    if (host.trim() === '') found.host = 'Enter your mail server, like smtp.example.com';
    if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65_535)
      found.port = 'Use a port from 1 to 65535';
    if (!EMAIL.test(fromAddress.trim()))
      found.fromAddress = 'Enter the address shoppers see, like help@example.com';
    if (!saved?.passwordSet && password === '' && username.trim() !== '')
      found.password = 'Enter the password for this login';
    setErrors(found);
    if (Object.keys(found).length > 0) return undefined;
    const input: MailSettingsInput = {
      host: host.trim(),
      port: portNumber,
      secure,
      username: username.trim(),
      fromAddress: fromAddress.trim(),
    };
    if (password !== '') input.password = password;
    return input;
  };

  const save = async () => {
    const input = check();
    if (!input || saving) return;
    setSaving(true);
    setFailure(undefined);
    try {
      setSaved(await saveMailSettings(client, input));
      setPassword('');
      showToast('Email settings saved');
    } catch (caught: unknown) {
      const error = asApiError(caught);
      const placed: MailErrors = {};
      for (const problem of error.problems) {
        const field = FIELDS.find((f) => problem.path === f);
        if (field) placed[field] ??= problem.message;
      }
      setErrors(placed);
      if (Object.keys(placed).length === 0) setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const dirty =
    host !== (saved?.host ?? '') ||
    port !== String(saved?.port ?? 587) ||
    secure !== (saved?.secure ?? false) ||
    username !== (saved?.username ?? '') ||
    password !== '' ||
    fromAddress !== (saved?.fromAddress ?? '');
  const discard = () => {
    setHost(saved?.host ?? '');
    setPort(String(saved?.port ?? 587));
    setSecure(saved?.secure ?? false);
    setUsername(saved?.username ?? '');
    setPassword('');
    setFromAddress(saved?.fromAddress ?? '');
    setErrors({});
  };

  return (
    <Card>
      <FormSaveBar
        id="mail-save-bar"
        dirty={dirty}
        saving={saving}
        onSave={() => void save()}
        onDiscard={discard}
      />
      <BlockStack gap="400">
        {failure ? (
          <ApiErrorBanner
            title="Heed couldn’t save your email settings"
            error={failure}
            onRetry={() => void save()}
          />
        ) : null}
        {saved === null ? (
          <Banner tone="info">
            <p>
              No mail server yet: your team can still copy a message into their own mail, or send it
              with a resumed order’s invoice.
            </p>
          </Banner>
        ) : null}
        <Form onSubmit={() => void save()} noValidate>
          <FormLayout>
            <FormLayout.Group>
              <TextField
                id={mailFieldId('host')}
                label="SMTP server"
                value={host}
                onChange={setHost}
                error={errors.host}
                autoComplete="off"
              />
              <TextField
                id={mailFieldId('port')}
                label="Port"
                type="number"
                value={port}
                onChange={setPort}
                error={errors.port}
                autoComplete="off"
              />
            </FormLayout.Group>
            <Checkbox
              id={mailFieldId('secure')}
              label="Use TLS from the start (usually port 465)"
              helpText="Off: the connection is upgraded with STARTTLS when the server offers it (port 587)."
              checked={secure}
              onChange={setSecure}
            />
            <FormLayout.Group>
              <TextField
                id={mailFieldId('username')}
                label="Username"
                value={username}
                onChange={setUsername}
                error={errors.username}
                autoComplete="off"
              />
              <TextField
                id={mailFieldId('password')}
                label="Password"
                type="password"
                value={password}
                onChange={setPassword}
                error={errors.password}
                autoComplete="new-password"
                placeholder={saved?.passwordSet ? '••••••••' : undefined}
                helpText={
                  saved?.passwordSet
                    ? 'A password is saved. Leave this blank to keep it.'
                    : 'Stored encrypted; never shown again.'
                }
              />
            </FormLayout.Group>
            <TextField
              id={mailFieldId('fromAddress')}
              label="From address"
              type="email"
              value={fromAddress}
              onChange={setFromAddress}
              error={errors.fromAddress}
              autoComplete="off"
            />
            <InlineStack align="end">
              <Button variant="primary" submit loading={saving}>
                Save email settings
              </Button>
            </InlineStack>
          </FormLayout>
        </Form>
        {saved !== null ? <MailTest /> : null}
      </BlockStack>
    </Card>
  );
}
