import {Card, EmptyState} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import illustration from '../../assets/inbox-illustration.svg';

/** A week with no case and no campaign checkout: what this page will show once there are. */
export function OutcomesEmptyState({campaign}: {campaign: string | null}) {
  const {t} = useTranslation('outcomes');
  return (
    <Card>
      <EmptyState
        heading={campaign ? t('empty.headingCampaign', {campaign}) : t('empty.heading')}
        image={illustration}
        action={{content: t('empty.inbox'), url: '/inbox'}}
        secondaryAction={{content: t('empty.rules'), url: '/rules'}}
      >
        <p>{t('empty.body')}</p>
      </EmptyState>
    </Card>
  );
}
