import {Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useConfirmedNavigate} from '../forms/unsaved-changes';
import {useShopCurrency} from '../api/use-shop-currency';
import {EMPTY_FORM} from '../campaigns/form-values';
import {useSaveCampaign} from '../campaigns/use-save-campaign';
import {CampaignForm} from '../components/campaigns/form/campaign-form';
import {CAMPAIGNS_URL} from '../components/campaigns/campaign-title-bar';

export function CampaignNewPage() {
  const {t} = useTranslation('campaignForm');
  // Cancel asks first while the form holds unsaved changes.
  const navigate = useConfirmedNavigate();
  const currencyCode = useShopCurrency();
  const {save, saving, error} = useSaveCampaign();
  return (
    <Page>
      <CampaignForm
        title={t('pages.newTitle')}
        initialValues={EMPTY_FORM}
        currencyCode={currencyCode}
        saving={saving}
        serverError={error}
        onSubmit={(input) => void save(input)}
        onCancel={() => navigate(CAMPAIGNS_URL)}
      />
    </Page>
  );
}
