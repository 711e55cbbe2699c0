import {useEffect, useRef, useState} from 'react';
import {useForm, useWatch, type PathValue} from 'react-hook-form';
import {useTranslation} from 'react-i18next';
import {Banner, BlockStack, Form, Layout, List, PageActions, Text} from '@shopify/polaris';
import {TitleBar} from '@shopify/app-bridge-react';
import type {ApiError, FieldProblem} from '../../api/api-error';
import type {CampaignSummary} from '../../api/campaign-schemas';
import type {Staff} from '../../api/staff';
import type {RuleInput} from '../../../../shared/rule-schemas';
import type {RuleErrors, RuleField, RuleFormValues} from '../../rules/rule-form-values';
import {placeRuleProblems} from '../../rules/rule-problem-fields';
import {useRuleResolver} from '../../rules/rule-resolver';
import {useConfirmedNavigate} from '../../forms/unsaved-changes';
import {FormSaveBar} from '../form-save-bar';
import {RuleBasicsCard} from './rule-basics-card';
import {RuleConditionsCard} from './rule-conditions-card';
import {RulePreviewCard} from './rule-preview-card';
import {RuleRoutingCard} from './rule-routing-card';

export const RULES_URL = '/rules';

interface Props {
  title: string;
  initialValues: RuleFormValues;
  campaigns: readonly CampaignSummary[] | undefined;
  staff: readonly Staff[] | undefined;
  currencyCode: string | undefined;
  saving: boolean;
  /** The last refused save; its `problems` are shown on their fields. */
  serverError: ApiError | undefined;
  onSubmit: (input: RuleInput) => void;
}

/** Create and edit a rule: the server's schema first, in the form; then the server's answer on the same fields. */
export function RuleForm(props: Props) {
  const {initialValues, saving, serverError, onSubmit} = props;
  const {t} = useTranslation('rules');
  const navigate = useConfirmedNavigate();
  const resolver = useRuleResolver();
  const {control, handleSubmit, reset, setValue, setError, clearErrors, formState} = useForm<
    RuleFormValues,
    unknown,
    RuleInput
  >({defaultValues: initialValues, resolver, shouldFocusError: false});
  const values = useWatch({control}) as RuleFormValues;
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const refused = (error: ApiError) => {
    const placed = placeRuleProblems(error.problems);
    for (const [field, message] of Object.entries(placed.fields)) {
      setError(field as RuleField, {type: 'server', message});
    }
    setUnplaced(placed.unplaced);
  };
  useEffect(() => {
    if (serverError) refused(serverError);
    // `refused` only calls react-hook-form's stable setters: a new refusal is what to react to.
  }, [serverError]);

  const onChange = <K extends RuleField>(field: K, value: RuleFormValues[K]) => {
    // A field the merchant changes loses its error until the next check. (The fields are flat, so
    // a field's name is its path; react-hook-form's generic path type cannot see that for any K.)
    setValue(field, value as PathValue<RuleFormValues, K>, {shouldDirty: true});
    clearErrors(field);
  };

  /** The form as a rule, or `undefined` with its mistakes shown on the fields. */
  const current = () =>
    new Promise<RuleInput | undefined>((resolve) => {
      setUnplaced([]);
      void handleSubmit(resolve, () => resolve(undefined))();
    });
  // Checking takes a tick: a second click meanwhile must not send the rule twice.
  const checking = useRef(false);
  const submit = () => {
    if (saving || checking.current) return;
    checking.current = true;
    void current()
      .then((input) => {
        if (input) onSubmit(input);
      })
      .finally(() => {
        checking.current = false;
      });
  };
  const discard = () => {
    reset();
    setUnplaced([]);
  };
  const errors = fieldErrors(formState.errors);
  const unexplained = serverError !== undefined && serverError.problems.length === 0;
  const sections = {values, errors, onChange};

  return (
    <Form onSubmit={submit}>
      {/* The title bar sits inside the form: its buttons must not also submit it (one click, one save). */}
      <TitleBar title={props.title}>
        <button type="button" variant="breadcrumb" onClick={() => navigate(RULES_URL)}>
          {t('form.breadcrumb')}
        </button>
        <button type="button" variant="primary" onClick={submit} disabled={saving}>
          {t('form.save')}
        </button>
      </TitleBar>
      <FormSaveBar
        id="rule-save-bar"
        dirty={formState.isDirty}
        saving={saving}
        onSave={submit}
        onDiscard={discard}
      />
      <BlockStack gap="400">
        {unplaced.length > 0 || unexplained ? (
          <Banner tone="critical" title={t('form.saveFailed')}>
            <List>
              {unexplained && serverError ? <List.Item>{serverError.message}</List.Item> : null}
              {unplaced.map((p) => (
                <List.Item key={`${p.path}:${p.message}`}>{p.message}</List.Item>
              ))}
            </List>
            {serverError?.requestId ? (
              <Text as="p" tone="subdued">
                {t('form.requestId', {id: serverError.requestId})}
              </Text>
            ) : null}
          </Banner>
        ) : null}
        <Layout>
          <Layout.Section>
            <BlockStack gap="400">
              <RuleBasicsCard {...sections} />
              <RuleConditionsCard
                {...sections}
                campaigns={props.campaigns}
                currencyCode={props.currencyCode}
              />
              <RuleRoutingCard {...sections} staff={props.staff} />
            </BlockStack>
          </Layout.Section>
          <Layout.Section variant="oneThird">
            <RulePreviewCard current={current} onRefused={refused} />
          </Layout.Section>
        </Layout>
      </BlockStack>
      <PageActions
        primaryAction={{content: t('form.save'), loading: saving, onAction: submit}}
        secondaryActions={[
          {content: t('form.cancel'), onAction: () => navigate(RULES_URL), disabled: saving},
        ]}
      />
    </Form>
  );
}

/** react-hook-form's errors as each field's message; the rule form's fields are flat. */
function fieldErrors(errors: Partial<Record<RuleField, {message?: string}>>): RuleErrors {
  const messages: RuleErrors = {};
  for (const [field, error] of Object.entries(errors)) {
    if (typeof error?.message === 'string') messages[field as RuleField] = error.message;
  }
  return messages;
}
