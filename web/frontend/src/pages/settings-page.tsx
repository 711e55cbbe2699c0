import {TitleBar} from '@shopify/app-bridge-react';
import {Badge, BlockStack, Card, Layout, Page, Text} from '@shopify/polaris';
import {HesitationSection} from '../components/settings/hesitation-section';
import {MailSection} from '../components/settings/mail-section';
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
    title: 'Notifications',
    description: 'How your team hears about a new case.',
    status: {label: 'In the inbox only'},
    summary:
      'New cases appear in the follow-up inbox as they open, for everyone with the admin open. Email and Slack announcements are not available yet.',
  },
  {
    title: 'Response time',
    description: 'How soon a shopper should hear from a person.',
    status: {label: 'Set per rule'},
    summary:
      'Each rule sets how many minutes the team has for the first contact; the inbox shows the time left and what is overdue. Reminders before a case runs late are not available yet.',
  },
  {
    title: 'Customer privacy',
    description: 'What Heed records and how customer data is handled.',
    status: {label: 'Always on', tone: 'success'},
    summary:
      'Heed records checkout behaviour only as the shopper’s consent allows, contacts customers only where their marketing choice or their request for help allows it, and deletes customer data when Shopify asks.',
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
