import {useEffect, useState} from 'react';
import {Banner, BlockStack, Form, Layout, List, PageActions, Text} from '@shopify/polaris';
import {TitleBar} from '@shopify/app-bridge-react';
import type {ApiError, FieldProblem} from '../../api/api-error';
import type {CampaignSummary} from '../../api/campaign-schemas';
import type {RuleInput} from '../../api/rule-schemas';
import type {Staff} from '../../api/staff';
import {checkRuleForm, type RuleErrors, type RuleFormValues} from '../../rules/rule-form-values';
import {placeRuleProblems} from '../../rules/rule-problem-fields';
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

/** Create and edit a rule: the form's own checks first, then the server's answer on the same fields. */
export function RuleForm(props: Props) {
  const {initialValues, saving, serverError, onSubmit} = props;
  const navigate = useConfirmedNavigate();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<RuleErrors>({});
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const refused = (error: ApiError) => {
    const placed = placeRuleProblems(error.problems);
    setErrors(placed.fields);
    setUnplaced(placed.unplaced);
  };
  useEffect(() => {
    if (serverError) refused(serverError);
  }, [serverError]);

  const onChange = <K extends keyof RuleFormValues>(field: K, value: RuleFormValues[K]) => {
    setValues((current) => ({...current, [field]: value}));
    setErrors((current) => (current[field] ? {...current, [field]: undefined} : current));
  };

  /** The form as a rule, or its mistakes shown on the fields. */
  const current = (): RuleInput | undefined => {
    const check = checkRuleForm(values);
    setUnplaced([]);
    if (check.ok) {
      setErrors({});
      return check.input;
    }
    setErrors(check.errors);
    return undefined;
  };
  const submit = () => {
    if (saving) return;
    const input = current();
    if (input) onSubmit(input);
  };
  const dirty = JSON.stringify(values) !== JSON.stringify(initialValues);
  const discard = () => {
    setValues(initialValues);
    setErrors({});
    setUnplaced([]);
  };
  const unexplained = serverError !== undefined && serverError.problems.length === 0;
  const sections = {values, errors, onChange};

  return (
    <Form onSubmit={submit}>
      {/* The title bar sits inside the form: its buttons must not also submit it (one click, one save). */}
      <TitleBar title={props.title}>
        <button type="button" variant="breadcrumb" onClick={() => navigate(RULES_URL)}>
          Rules
        </button>
        <button type="button" variant="primary" onClick={submit} disabled={saving}>
          Save rule
        </button>
      </TitleBar>
      <FormSaveBar
        id="rule-save-bar"
        dirty={dirty}
        saving={saving}
        onSave={submit}
        onDiscard={discard}
      />
      <BlockStack gap="400">
        {unplaced.length > 0 || unexplained ? (
          <Banner tone="critical" title="The rule couldn’t be saved">
            <List>
              {unexplained && serverError ? <List.Item>{serverError.message}</List.Item> : null}
              {unplaced.map((p) => (
                <List.Item key={`${p.path}:${p.message}`}>{p.message}</List.Item>
              ))}
            </List>
            {serverError?.requestId ? (
              <Text as="p" tone="subdued">{`Request ID ${serverError.requestId}`}</Text>
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
        primaryAction={{content: 'Save rule', loading: saving, onAction: submit}}
        secondaryActions={[
          {content: 'Cancel', onAction: () => navigate(RULES_URL), disabled: saving},
        ]}
      />
    </Form>
  );
}
