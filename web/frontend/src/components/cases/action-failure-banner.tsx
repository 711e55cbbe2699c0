import {Banner, List, Text} from '@shopify/polaris';
import {ACTION_WORDS} from '../../cases/action-words';
import type {ActionFailure} from '../../cases/use-case';
import {ApiErrorBanner} from '../api-error-banner';

interface Props {
  failure: ActionFailure | undefined;
  onRetry: () => void;
  onDismiss: () => void;
}

/**
 * An action the server refused. A conflict means the shopper ordered since the checkout: Heed
 * never chases a buyer, so the server's own words (naming the order) are shown as they are. The
 * reply check's warnings name what in the message contradicts the case; the person may edit it,
 * or send it anyway, which the case records.
 */
export function ActionFailureBanner({failure, onRetry, onDismiss}: Props) {
  if (!failure) return null;
  if (failure.kind === 'reply') {
    return (
      <Banner
        tone="warning"
        title="Heed found a problem in this message"
        action={{content: 'Edit the message', onAction: onDismiss}}
        secondaryAction={{content: 'Send anyway', onAction: failure.sendAnyway}}
        onDismiss={onDismiss}
      >
        <List>
          {failure.warnings.map((w) => (
            <List.Item key={w.rule}>{w.message}</List.Item>
          ))}
        </List>
        <Text as="p" tone="subdued">
          Nothing was sent. Sending anyway is recorded on the case’s timeline.
        </Text>
      </Banner>
    );
  }
  if (failure.kind === 'conflict') {
    return (
      <Banner tone="warning" title="This shopper has already ordered" onDismiss={onDismiss}>
        <Text as="p">{failure.message}</Text>
        <Text as="p" tone="subdued">
          Nothing was sent. The case below shows its latest state.
        </Text>
      </Banner>
    );
  }
  if (failure.error.status === 403) {
    return (
      <Banner
        tone="critical"
        title={`Heed can’t ${ACTION_WORDS[failure.action]}`}
        onDismiss={onDismiss}
      >
        <Text as="p">{failure.error.message}</Text>
      </Banner>
    );
  }
  return (
    <ApiErrorBanner
      title={`Heed couldn’t ${ACTION_WORDS[failure.action]}`}
      error={failure.error}
      onRetry={onRetry}
    />
  );
}
