import {BlockStack, Button, Card, EmptySearchResult, EmptyState, Layout} from '@shopify/polaris';
import illustration from '../../assets/inbox-illustration.svg';
import {ExplainerCard} from '../explainer-card';

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

/** No open case at all: what will appear here, and what decides it. */
export function InboxEmptyState() {
  return (
    <Layout>
      <Layout.Section>
        <Card>
          <EmptyState
            heading="No shoppers are waiting for a person"
            image={illustration}
            secondaryAction={{content: 'Choose what opens a case', url: '/rules'}}
          >
            <p>
              When a shopper struggles at checkout and your rules say it deserves a person, a case
              appears here. A staff member claims it, contacts the shopper personally and records
              the outcome. This page updates on its own.
            </p>
          </EmptyState>
        </Card>
      </Layout.Section>
      <Layout.Section>
        <ExplainerCard title="Every case tells the whole story" items={CASE_STORY} />
      </Layout.Section>
    </Layout>
  );
}

interface NoMatchProps {
  resolved: boolean;
  /** `undefined` when nothing narrows the view: there is nothing to clear. */
  onClear: (() => void) | undefined;
}

/** No case in this view: none resolved yet, or none that matches the filters. */
export function NoMatchingCases({resolved, onClear}: NoMatchProps) {
  const title = onClear
    ? `No ${resolved ? 'resolved' : 'open'} cases match these filters`
    : 'No resolved cases yet';
  return (
    <Card>
      <BlockStack gap="400" inlineAlign="center">
        <EmptySearchResult
          title={title}
          description={
            onClear
              ? 'Try another filter. Cases that match will appear here as they change.'
              : 'Cases appear here once a staff member resolves them, or an order resolves them.'
          }
          withIllustration
        />
        {onClear ? <Button onClick={onClear}>Clear filters</Button> : null}
      </BlockStack>
    </Card>
  );
}
