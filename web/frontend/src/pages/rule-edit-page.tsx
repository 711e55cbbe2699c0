import {Banner, Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useParams} from 'react-router-dom';
import {CAMPAIGNS_PATH, parseCampaignList} from '../api/campaigns';
import {RULES_PATH, parseRuleList} from '../api/rules';
import {STAFF_PATH, parseStaffList} from '../api/staff';
import {useApiQuery} from '../api/use-api';
import {useShopCurrency} from '../api/use-shop-currency';
import {EMPTY_RULE, ruleValuesOf, type RuleFormValues} from '../rules/rule-form-values';
import {useSaveRule} from '../rules/use-save-rule';
import {ApiErrorBanner} from '../components/api-error-banner';
import {PageSkeleton} from '../components/page-skeleton';
import {RULES_URL, RuleForm} from '../components/rules/rule-form';

/** `/rules/new`: a rule from scratch. */
export function RuleNewPage() {
  const {t} = useTranslation('rules');
  return <RuleEditor id={undefined} initialValues={EMPTY_RULE} title={t('edit.newTitle')} />;
}

/** `/rules/:id`: the list holds every rule, so the rule is read from it. */
export function RuleEditPage() {
  const {t} = useTranslation('rules');
  const {id = ''} = useParams();
  const {query, reload} = useApiQuery(RULES_PATH, parseRuleList);
  if (query.status === 'loading') return <PageSkeleton label={t('edit.loading')} />;
  if (query.status === 'error') {
    return (
      <Page>
        <ApiErrorBanner title={t('edit.loadFailed')} error={query.error} onRetry={reload} />
      </Page>
    );
  }
  const rule = query.data.find((r) => r.id === id);
  if (!rule) {
    return (
      <Page>
        <Banner
          tone="warning"
          title={t('edit.goneTitle')}
          action={{content: t('edit.backToRules'), url: RULES_URL}}
        >
          <p>{t('edit.goneBody')}</p>
        </Banner>
      </Page>
    );
  }
  return <RuleEditor key={id} id={id} initialValues={ruleValuesOf(rule)} title={rule.name} />;
}

interface EditorProps {
  id: string | undefined;
  initialValues: RuleFormValues;
  title: string;
}

function RuleEditor({id, initialValues, title}: EditorProps) {
  const campaigns = useApiQuery(CAMPAIGNS_PATH, parseCampaignList).query;
  const staff = useApiQuery(STAFF_PATH, parseStaffList).query;
  const currencyCode = useShopCurrency();
  const {save, saving, error} = useSaveRule(id);
  return (
    <Page>
      <RuleForm
        title={title}
        initialValues={initialValues}
        campaigns={campaigns.status === 'success' ? campaigns.data : undefined}
        staff={staff.status === 'success' ? staff.data : undefined}
        currencyCode={currencyCode}
        saving={saving}
        serverError={error}
        onSubmit={(input) => void save(input)}
      />
    </Page>
  );
}
