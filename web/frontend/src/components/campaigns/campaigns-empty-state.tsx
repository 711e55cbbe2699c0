import {Card, EmptyState, Layout} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import illustration from '../../assets/campaign-illustration.svg';
import {CHECK_GROUPS} from '../../campaigns/check-groups';
import {ExplainerCard} from '../explainer-card';

/** The first visit: what a campaign is for, and the one action that starts it. */
export function CampaignsEmptyState({onCreate}: {onCreate: () => void}) {
  const {t} = useTranslation('campaigns');
  const checks = CHECK_GROUPS.map((group) => ({
    title: t(`checks.${group.id}.title`),
    body: t(`checks.${group.id}.passed`),
  }));
  return (
    <Layout>
      <Layout.Section>
        <Card>
          <EmptyState
            heading={t('empty.heading')}
            action={{content: t('list.create'), onAction: onCreate}}
            image={illustration}
          >
            <p>{t('empty.body')}</p>
          </EmptyState>
        </Card>
      </Layout.Section>
      <Layout.Section>
        <ExplainerCard
          title={t('empty.checksTitle')}
          intro={t('empty.checksIntro')}
          items={checks}
        />
      </Layout.Section>
    </Layout>
  );
}
