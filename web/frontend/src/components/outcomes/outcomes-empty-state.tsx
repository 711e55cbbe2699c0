import {Card, EmptyState} from '@shopify/polaris';
import illustration from '../../assets/inbox-illustration.svg';

/** A week with no case and no campaign checkout: what this page will show once there are. */
export function OutcomesEmptyState({campaign}: {campaign: string | null}) {
  return (
    <Card>
      <EmptyState
        heading={campaign ? `No follow-up for “${campaign}” this week` : 'No follow-up this week'}
        image={illustration}
        action={{content: 'Open the inbox', url: '/inbox'}}
        secondaryAction={{content: 'Choose what opens a case', url: '/rules'}}
      >
        <p>
          When your rules open cases and your staff contact shoppers, this page shows how fast they
          were reached, how often in time, what they bought, and whether your campaigns’ promises
          held. Choose another week above to see an earlier one.
        </p>
      </EmptyState>
    </Card>
  );
}
