import {useEffect, useRef, useState} from 'react';
import {
  BlockStack,
  Form,
  Layout,
  PageActions,
  type BannerHandles,
  type ComplexAction,
} from '@shopify/polaris';
import type {ApiError, FieldProblem} from '../../../api/api-error';
import type {CampaignInput} from '../../../api/campaigns';
import {checkCampaignForm} from '../../../campaigns/check-campaign-form';
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

/** Create and edit: the form's own checks first, then the server's answer on the same fields. */
export function CampaignForm(props: Props) {
  const {initialValues, currencyCode, saving, serverError, onSubmit} = props;
  const {timeZone} = useShopFormat();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  /** The server's refusal, until the next attempt: its message is shown when no field explains it. */
  const [refusal, setRefusal] = useState<ApiError | undefined>();
  const banner = useRef<BannerHandles>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);

  useEffect(() => {
    if (!serverError) return;
    const placed = placeProblems(serverError.problems);
    setErrors(placed.fields);
    setUnplaced(placed.unplaced);
    setRefusal(serverError);
    setFailedAttempts((n) => n + 1);
  }, [serverError]);

  // After each failed attempt, focus moves to the banner that says what to fix (and reads it out).
  useEffect(() => {
    if (failedAttempts > 0) banner.current?.focus();
  }, [failedAttempts]);

  const onChange = <K extends FormField>(field: K, value: CampaignFormValues[K]) => {
    setValues((current) => ({...current, [field]: value}));
    setErrors((current) => (current[field] ? {...current, [field]: undefined} : current));
  };

  const submit = () => {
    if (saving) return;
    const check = checkCampaignForm(values, timeZone);
    setRefusal(undefined);
    if (!check.ok) {
      setErrors(check.errors);
      setUnplaced([]);
      setFailedAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setUnplaced([]);
    onSubmit(check.input);
  };
  const sections = {values, errors, onChange, currencyCode};
  const dirty = JSON.stringify(values) !== JSON.stringify(initialValues);
  const discard = () => {
    setValues(initialValues);
    setErrors({});
    setUnplaced([]);
    setRefusal(undefined);
  };

  return (
    <Form onSubmit={submit}>
      <CampaignTitleBar title={props.title}>
        {/* type="button": inside the form a plain button also submits it, which saved twice. */}
        <button type="button" variant="primary" onClick={submit} disabled={saving}>
          Save campaign
        </button>
      </CampaignTitleBar>
      <FormSaveBar
        id="campaign-save-bar"
        dirty={dirty}
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
        primaryAction={{content: 'Save campaign', loading: saving, onAction: submit}}
        secondaryActions={[
          {content: 'Cancel', onAction: props.onCancel, disabled: saving},
          ...(props.secondaryActions ?? []),
        ]}
      />
    </Form>
  );
}
