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
    status: {label: 'Inbox and email'},
    summary:
      'New cases appear in the follow-up inbox as they open. The person a case goes to (or, while nobody has it, the agents on shift) gets an email through the shop’s email settings below when it opens, is raised or reopens, and the leads get one when its first contact is overdue. Each person can keep email to their working hours in Team. Slack announcements are not available yet.',
  },
  {
    title: 'Response time',
    description: 'How soon a shopper should hear from a person.',
    status: {label: 'Set per rule'},
    summary:
      'Each rule sets how many minutes the team has for the first contact. The inbox shows the time left, flags a case that is due soon, and escalates an overdue one to the leads by email. Deadlines count every hour of the day: store opening hours are not available yet.',
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
