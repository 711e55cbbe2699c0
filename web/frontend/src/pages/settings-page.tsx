import {TitleBar} from '@shopify/app-bridge-react';
import {Badge, BlockStack, Card, Layout, Page, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {HesitationSection} from '../components/settings/hesitation-section';
import {MailSection} from '../components/settings/mail-section';
import {NotificationsSection} from '../components/settings/notifications-section';
import {ShopHoursSection} from '../components/settings/shop-hours-section';
import {TeamSection} from '../components/settings/team-section';
import {PageSkeleton} from '../components/page-skeleton';
import {useSettingsReadiness} from '../settings/settings-readiness';

export function SettingsPage() {
  const {t} = useTranslation('settings');
  const {ready, Provider} = useSettingsReadiness();
  return (
    <>
      <TitleBar title={t('page.title')} />
      {ready ? null : <PageSkeleton label={t('page.loading')} />}
      {/* Mounted at once, so every section reads its data; shown together once all have it. */}
      <div hidden={!ready}>
        <Provider>
          <SettingsSections />
        </Provider>
      </div>
    </>
  );
}

function SettingsSections() {
  const {t} = useTranslation('settings');
  return (
    <>
      <Page>
        <Layout>
          <HesitationSection />
          <TeamSection />
          <NotificationsSection />
          <ShopHoursSection />
          <MailSection />
          <Layout.AnnotatedSection
            title={t('page.privacy.title')}
            description={t('page.privacy.description')}
          >
            <Card>
              <BlockStack gap="200" inlineAlign="start">
                <Badge tone="success">{t('page.privacy.status')}</Badge>
                <Text as="p" tone="subdued">
                  {t('page.privacy.summary')}
                </Text>
              </BlockStack>
            </Card>
          </Layout.AnnotatedSection>
        </Layout>
      </Page>
    </>
  );
}
