import {TitleBar} from '@shopify/app-bridge-react';
import {Badge, BlockStack, Card, Layout, Page, Text} from '@shopify/polaris';
import {HesitationSection} from '../components/settings/hesitation-section';

export const SETTINGS_TITLE = 'Settings';

interface SettingSection {
  title: string;
  description: string;
  status: {label: string; tone?: 'success' | 'attention'};
  summary: string;
}

const SECTIONS: readonly SettingSection[] = [
  {
    title: 'Follow-up team',
    description: 'The staff members who can claim cases and contact shoppers.',
    status: {label: 'Not set up', tone: 'attention'},
    summary: 'Add the people in support or sales who should answer shoppers who struggled.',
  },
  {
    title: 'Notifications',
    description:
      'How your team hears about a new case: in this inbox, by email, or in a Slack channel.',
    status: {label: 'Not set up', tone: 'attention'},
    summary: 'Choose where each new case is announced, so the right person sees it in time.',
  },
  {
    title: 'Response time',
    description:
      'How soon a shopper should hear from a person. Heed reminds the team before a case runs late.',
    status: {label: 'Not set up', tone: 'attention'},
    summary:
      'Set a target for each rule’s urgency, for example within one hour for a missing discount.',
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
