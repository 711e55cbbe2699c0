import {useState} from 'react';
import {Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useParams} from 'react-router-dom';
import {useConfirmedNavigate} from '../forms/unsaved-changes';
import type {Campaign} from '../api/campaign-schemas';
import {campaignPath, parseCampaignDetail} from '../api/campaigns';
import {useApiQuery} from '../api/use-api';
import {useShopCurrency} from '../api/use-shop-currency';
import {formValuesOf} from '../campaigns/form-values';
import {useShopFormat} from '../shop/shop-format';
import {useDeleteCampaign} from '../campaigns/use-delete-campaign';
import {useSaveCampaign} from '../campaigns/use-save-campaign';
import {CampaignLoadError} from '../components/campaigns/campaign-load-error';
import {CampaignTitleBar} from '../components/campaigns/campaign-title-bar';
import {DeleteCampaignModal} from '../components/campaigns/delete-campaign-modal';
import {CampaignForm} from '../components/campaigns/form/campaign-form';
import {PageSkeleton} from '../components/page-skeleton';

export function CampaignEditPage() {
  const {t} = useTranslation('campaignForm');
  const {id = ''} = useParams();
  const {query, reload} = useApiQuery(campaignPath(id), parseCampaignDetail);
  // The form's times are on the shop's clock: it opens once the shop's zone is known.
  const {settled} = useShopFormat();
  if (query.status === 'success' && settled) return <EditForm campaign={query.data.campaign} />;
  return (
    <>
      <CampaignTitleBar title={t('pages.editTitle')} />
      {query.status !== 'error' ? <PageSkeleton label={t('pages.loading')} /> : null}
      {query.status === 'error' ? (
        <Page>
          <CampaignLoadError error={query.error} onRetry={reload} />
        </Page>
      ) : null}
    </>
  );
}

function EditForm({campaign}: {campaign: Campaign}) {
  const {t} = useTranslation('campaignForm');
  // Cancel asks first while the form holds unsaved changes.
  const navigate = useConfirmedNavigate();
  const currencyCode = useShopCurrency();
  const {timeZone} = useShopFormat();
  const {save, saving, error} = useSaveCampaign(campaign.id);
  const {remove, deleting} = useDeleteCampaign(campaign.id);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  return (
    <Page>
      <CampaignForm
        title={t('pages.editNamed', {name: campaign.name})}
        initialValues={formValuesOf(campaign, timeZone)}
        currencyCode={currencyCode}
        saving={saving}
        serverError={error}
        onSubmit={(input) => void save(input)}
        onCancel={() => navigate(`/campaigns/${campaign.id}`)}
        secondaryActions={[
          {
            content: t('pages.delete'),
            destructive: true,
            onAction: () => setConfirmingDelete(true),
          },
        ]}
      />
      <DeleteCampaignModal
        open={confirmingDelete}
        name={campaign.name}
        deleting={deleting}
        onConfirm={() => void remove()}
        onClose={() => setConfirmingDelete(false)}
      />
    </Page>
  );
}
