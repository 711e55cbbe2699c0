import {TitleBar} from '@shopify/app-bridge-react';
import {Card, EmptyState, Page} from '@shopify/polaris';
import illustration from '../assets/rules-illustration.svg';

export const NOT_FOUND_TITLE = 'Page not found';

export function NotFoundPage() {
  return (
    <>
      <TitleBar title={NOT_FOUND_TITLE} />
      <Page>
        <Card>
          <EmptyState
            heading="This page does not exist"
            image={illustration}
            action={{content: 'Go to the dashboard', url: '/'}}
          >
            <p>The link may be out of date. Everything Heed does starts from the dashboard.</p>
          </EmptyState>
        </Card>
      </Page>
    </>
  );
}
