import {TitleBar} from '@shopify/app-bridge-react';
import {Card, EmptyState, Layout, Page} from '@shopify/polaris';
import illustration from '../assets/inbox-illustration.svg';
import {ExplainerCard} from '../components/explainer-card';

export const INBOX_TITLE = 'Follow-up inbox';

const CASE_STORY = [
  {
    title: 'What the email promised',
    body: 'The campaign the shopper came from, its code and the discount it offered.',
  },
  {
    title: 'What checkout showed',
    body: 'The discount that was actually applied, or the exact error message the shopper saw.',
  },
  {title: 'Where they stopped', body: 'The step they reached and what was in their cart.'},
  {
    title: 'Who they are',
    body: 'Whether this is a first visit or a long-time customer, so nobody gets a “thanks for registering” reply.',
  },
  {
    title: 'Pick up where they left off',
    body: 'Send a draft order with the promised discount as an invoice link, or finish the order over the phone.',
  },
] as const;

export function InboxPage() {
  return (
    <>
      <TitleBar title={INBOX_TITLE} />
      <Page>
        <Layout>
          <Layout.Section>
            <Card>
              <EmptyState
                heading="No shoppers are waiting for a person"
                image={illustration}
                secondaryAction={{content: 'Choose what opens a case', url: '/rules'}}
              >
                <p>
                  When a shopper struggles at checkout and your rules say it deserves a person, a
                  case appears here. A staff member claims it, contacts the shopper personally and
                  records the outcome.
                </p>
              </EmptyState>
            </Card>
          </Layout.Section>
          <Layout.Section>
            <ExplainerCard title="Every case tells the whole story" items={CASE_STORY} />
          </Layout.Section>
        </Layout>
      </Page>
    </>
  );
}
