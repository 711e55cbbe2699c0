import {useMemo, useState} from 'react';
import {Controller, useForm, type Control} from 'react-hook-form';
import {useTranslation} from 'react-i18next';
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
  type TextFieldProps,
} from '@shopify/polaris';
import {asApiError, type ApiError} from '../../api/api-error';
import {saveMailSettings, type MailSettings} from '../../api/mail-settings';
import {useApiClient} from '../../api/use-api';
import {placeProblems} from '../../forms/body-resolver';
import {
  MAIL_FIELDS,
  mailFieldId,
  mailResolver,
  mailValuesOf,
  type MailField,
  type MailFormValues,
} from '../../settings/mail-form-state';
import type {MailSettingsInput} from '../../../../shared/mail-schemas';
import {showToast} from '../../toast';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSaveBar} from '../form-save-bar';
import {MailTest} from './mail-test';

export {mailFieldId};

/** SMTP host, port, security, login and sender. The password is write-only: blank keeps it. */
export function MailForm({initial}: {initial: MailSettings | null}) {
  const {t} = useTranslation('settings');
  const client = useApiClient();
  const [saved, setSaved] = useState(initial);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const resolver = useMemo(
    () => mailResolver(t, saved?.passwordSet ?? false),
    [t, saved?.passwordSet],
  );
  const {control, handleSubmit, reset, setError, formState} = useForm<
    MailFormValues,
    unknown,
    MailSettingsInput
  >({defaultValues: mailValuesOf(initial), resolver, shouldFocusError: false});

  const send = async (input: MailSettingsInput) => {
    setFailure(undefined);
    try {
      const answer = await saveMailSettings(client, input);
      setSaved(answer);
      reset(mailValuesOf(answer));
      showToast(t('mail.saved'));
    } catch (caught: unknown) {
      const error = asApiError(caught);
      const placed = placeProblems(MAIL_FIELDS, error.problems);
      for (const field of MAIL_FIELDS) {
        const message = placed[field];
        if (message) setError(field, {message});
      }
      if (Object.keys(placed).length === 0) setFailure(error);
    }
  };
  const save = () => {
    if (formState.isSubmitting) return;
    void handleSubmit(send)();
  };

  const text = (field: MailField, props: Omit<TextFieldProps, 'value' | 'onChange'>) => (
    <MailTextField control={control} field={field} props={props} />
  );

  return (
    <Card>
      <FormSaveBar
        id="mail-save-bar"
        dirty={formState.isDirty}
        saving={formState.isSubmitting}
        onSave={save}
        onDiscard={() => reset()}
      />
      <BlockStack gap="400">
        {failure ? (
          <ApiErrorBanner title={t('mail.saveFailed')} error={failure} onRetry={save} />
        ) : null}
        {saved === null ? (
          <Banner tone="info">
            <p>{t('mail.noServer')}</p>
          </Banner>
        ) : null}
        <Form onSubmit={save} noValidate>
          <FormLayout>
            <FormLayout.Group>
              {text('host', {label: t('mail.host'), autoComplete: 'off'})}
              {text('port', {label: t('mail.port'), type: 'number', autoComplete: 'off'})}
            </FormLayout.Group>
            <Controller
              control={control}
              name="secure"
              render={({field: {value, onChange}}) => (
                <Checkbox
                  id={mailFieldId('secure')}
                  label={t('mail.secure')}
                  helpText={t('mail.secureHelp')}
                  checked={value}
                  onChange={onChange}
                />
              )}
            />
            <FormLayout.Group>
              {text('username', {label: t('mail.username'), autoComplete: 'off'})}
              {text('password', {
                label: t('mail.password'),
                type: 'password',
                autoComplete: 'new-password',
                placeholder: saved?.passwordSet ? '••••••••' : undefined,
                helpText: saved?.passwordSet ? t('mail.passwordKept') : t('mail.passwordStored'),
              })}
            </FormLayout.Group>
            {text('fromAddress', {
              label: t('mail.fromAddress'),
              type: 'email',
              autoComplete: 'off',
            })}
            <InlineStack align="end">
              <Button variant="primary" submit loading={formState.isSubmitting}>
                {t('mail.save')}
              </Button>
            </InlineStack>
          </FormLayout>
        </Form>
        {saved !== null ? <MailTest /> : null}
      </BlockStack>
    </Card>
  );
}

interface FieldProps {
  control: Control<MailFormValues, unknown, MailSettingsInput>;
  field: MailField;
  props: Omit<TextFieldProps, 'value' | 'onChange'>;
}

/** One text field of the form, its error the schema's (or the server's) message for it. */
function MailTextField({control, field, props}: FieldProps) {
  return (
    <Controller
      control={control}
      name={field}
      render={({field: {value, onChange}, fieldState}) => (
        <TextField
          {...props}
          id={mailFieldId(field)}
          value={value}
          onChange={onChange}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
