import {Banner, List, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
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
  const {t} = useTranslation('cases');
  if (!failure) return null;
  if (failure.kind === 'reply') {
    return (
      <Banner
        tone="warning"
        title={t('failure.replyTitle')}
        action={{content: t('failure.editMessage'), onAction: onDismiss}}
        secondaryAction={{content: t('failure.sendAnyway'), onAction: failure.sendAnyway}}
        onDismiss={onDismiss}
      >
        <List>
          {failure.warnings.map((w) => (
            <List.Item key={w.rule}>{w.message}</List.Item>
          ))}
        </List>
        <Text as="p" tone="subdued">
          {t('failure.replyNothingSent')}
        </Text>
      </Banner>
    );
  }
  if (failure.kind === 'conflict') {
    return (
      <Banner tone="warning" title={t('failure.orderedTitle')} onDismiss={onDismiss}>
        <Text as="p">{failure.message}</Text>
        <Text as="p" tone="subdued">
          {t('failure.orderedNothingSent')}
        </Text>
      </Banner>
    );
  }
  if (failure.error.status === 403) {
    return (
      <Banner tone="critical" title={t(`failure.cant.${failure.action}`)} onDismiss={onDismiss}>
        <Text as="p">{failure.error.message}</Text>
      </Banner>
    );
  }
  return (
    <ApiErrorBanner
      title={t(`failure.couldnt.${failure.action}`)}
      error={failure.error}
      onRetry={onRetry}
    />
  );
}
