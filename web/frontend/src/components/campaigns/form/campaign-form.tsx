import {useEffect, useRef, useState} from 'react';
import {useForm, useWatch, type PathValue} from 'react-hook-form';
import {useTranslation} from 'react-i18next';
import {
  BlockStack,
  Form,
  Layout,
  PageActions,
  type BannerHandles,
  type ComplexAction,
} from '@shopify/polaris';
import type {ApiError, FieldProblem} from '../../../api/api-error';
import type {CampaignInput} from '../../../../../shared/campaign-schemas';
import {useCampaignResolver} from '../../../campaigns/campaign-resolver';
import type {CampaignFormValues, FieldErrors, FormField} from '../../../campaigns/form-values';
import {placeProblems} from '../../../campaigns/problem-fields';
import {useShopFormat} from '../../../shop/shop-format';
import {CampaignTitleBar} from '../campaign-title-bar';
import {FormSaveBar} from '../../form-save-bar';
import {BasicsCard} from './basics-card';
import {CodesCard} from './codes-card';
import {EmailCard} from './email-card';
import {FormErrorBanner} from './form-error-banner';
import {PromiseCard} from './promise-card';
import {ScheduleCard} from './schedule-card';
import {SummaryCard} from './summary-card';

interface Props {
  initialValues: CampaignFormValues;
  currencyCode: string | undefined;
  saving: boolean;
  /** The last refused save; its `problems` are shown on their fields. */
  serverError: ApiError | undefined;
  onSubmit: (input: CampaignInput) => void;
  onCancel: () => void;
  /** The page's title, drawn by App Bridge with a Save button that stays in reach on a long form. */
  title: string;
  secondaryActions?: ComplexAction[];
}

/** Create and edit: the server's schema first, in the form; then the server's answer on the same fields. */
export function CampaignForm(props: Props) {
  const {initialValues, currencyCode, saving, serverError, onSubmit} = props;
  const {t} = useTranslation('campaignForm');
  const {timeZone} = useShopFormat();
  const resolver = useCampaignResolver(timeZone);
  const {control, handleSubmit, reset, setValue, setError, clearErrors, formState} = useForm<
    CampaignFormValues,
    unknown,
    CampaignInput
  >({defaultValues: initialValues, resolver, shouldFocusError: false});
  const values = useWatch({control}) as CampaignFormValues;
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  /** The server's refusal, until the next attempt: its message is shown when no field explains it. */
  const [refusal, setRefusal] = useState<ApiError | undefined>();
  const banner = useRef<BannerHandles>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);

  useEffect(() => {
    if (!serverError) return;
    const placed = placeProblems(serverError.problems);
    for (const [field, message] of Object.entries(placed.fields)) {
      setError(field as FormField, {type: 'server', message});
    }
    setUnplaced(placed.unplaced);
    setRefusal(serverError);
    setFailedAttempts((n) => n + 1);
    // A new refusal is what to react to; react-hook-form's setters are stable.
  }, [serverError, setError]);

  // After each failed attempt, focus moves to the banner that says what to fix (and reads it out).
  useEffect(() => {
    if (failedAttempts > 0) banner.current?.focus();
  }, [failedAttempts]);

  const onChange = <K extends FormField>(field: K, value: CampaignFormValues[K]) => {
    // A field the merchant changes loses its error until the next check. (The fields are flat, so
    // a field's name is its path; react-hook-form's generic path type cannot see that for any K.)
    setValue(field, value as PathValue<CampaignFormValues, K>, {shouldDirty: true});
    clearErrors(field);
  };

  // Checking takes a tick: a second click meanwhile must not save twice.
  const checking = useRef(false);
  const submit = () => {
    if (saving || checking.current) return;
    checking.current = true;
    setRefusal(undefined);
    setUnplaced([]);
    void handleSubmit(onSubmit, () => setFailedAttempts((n) => n + 1))().finally(() => {
      checking.current = false;
    });
  };
  const errors = fieldErrors(formState.errors);
  const sections = {values, errors, onChange, currencyCode};
  const discard = () => {
    reset();
    setUnplaced([]);
    setRefusal(undefined);
  };

  return (
    <Form onSubmit={submit}>
      <CampaignTitleBar title={props.title}>
        {/* type="button": inside the form a plain button also submits it, which saved twice. */}
        <button type="button" variant="primary" onClick={submit} disabled={saving}>
          {t('form.save')}
        </button>
      </CampaignTitleBar>
      <FormSaveBar
        id="campaign-save-bar"
        dirty={formState.isDirty}
        saving={saving}
        onSave={submit}
        onDiscard={discard}
      />
      <BlockStack gap="400">
        <FormErrorBanner ref={banner} errors={errors} unplaced={unplaced} serverError={refusal} />
        <Layout>
          <Layout.Section>
            <BlockStack gap="400">
              <BasicsCard {...sections} />
              <PromiseCard {...sections} />
              <CodesCard {...sections} />
              <ScheduleCard {...sections} />
              <EmailCard {...sections} />
            </BlockStack>
          </Layout.Section>
          <Layout.Section variant="oneThird">
            <SummaryCard values={values} currencyCode={currencyCode} />
          </Layout.Section>
        </Layout>
      </BlockStack>
      <PageActions
        primaryAction={{content: t('form.save'), loading: saving, onAction: submit}}
        secondaryActions={[
          {content: t('form.cancel'), onAction: props.onCancel, disabled: saving},
          ...(props.secondaryActions ?? []),
        ]}
      />
    </Form>
  );
}

/** react-hook-form's errors as each field's message; the campaign form's fields are flat. */
function fieldErrors(errors: Partial<Record<FormField, {message?: string}>>): FieldErrors {
  const messages: FieldErrors = {};
  for (const [field, error] of Object.entries(errors)) {
    if (typeof error?.message === 'string') messages[field as FormField] = error.message;
  }
  return messages;
}
