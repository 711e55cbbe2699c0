import {TitleBar} from '@shopify/app-bridge-react';
import {Badge, BlockStack, Card, Layout, Page, Text} from '@shopify/polaris';
import {HesitationSection} from '../components/settings/hesitation-section';
import {MailSection} from '../components/settings/mail-section';
import {NotificationsSection} from '../components/settings/notifications-section';
import {ShopHoursSection} from '../components/settings/shop-hours-section';
import {TeamSection} from '../components/settings/team-section';

export const SETTINGS_TITLE = 'Settings';

interface SettingSection {
  title: string;
  description: string;
  status: {label: string; tone?: 'success' | 'attention'};
  summary: string;
}

const SECTIONS: readonly SettingSection[] = [
  {
    title: 'Customer privacy',
    description: 'What Heed records and how customer data is handled.',
    status: {label: 'Always on', tone: 'success'},
    summary:
      'Heed records checkout behavior only as the shopper’s consent allows, contacts customers only where their marketing choice or their request for help allows it, and deletes customer data when Shopify asks.',
  },
];

export function SettingsPage() {
  return (
    <>
      <TitleBar title={SETTINGS_TITLE} />
      <Page>
        <Layout>
          <HesitationSection />
          <TeamSection />
          <NotificationsSection />
          <ShopHoursSection />
          <MailSection />
          {SECTIONS.map((section) => (
            <Layout.AnnotatedSection
              key={section.title}
              title={section.title}
              description={section.description}
            >
              <Card>
                <BlockStack gap="200" inlineAlign="start">
                  <Badge tone={section.status.tone}>{section.status.label}</Badge>
                  <Text as="p" tone="subdued">
                    {section.summary}
                  </Text>
                </BlockStack>
              </Card>
            </Layout.AnnotatedSection>
          ))}
        </Layout>
      </Page>
    </>
  );
}
