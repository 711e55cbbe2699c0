import {Banner, BlockStack, Text} from '@shopify/polaris';
import {Trans, useTranslation} from 'react-i18next';
import type {ApiError} from '../api/api-error';

interface Props {
  title: string;
  error: ApiError;
  onRetry: () => void;
}

/** A failed API call, with the request id the merchant can quote to support (the server logs the cause under it). */
export function ApiErrorBanner({title, error, onRetry}: Props) {
  const {t} = useTranslation();
  return (
    <Banner title={title} tone="critical" action={{content: t('tryAgain'), onAction: onRetry}}>
      <BlockStack gap="100">
        <Text as="p">{error.message}</Text>
        {error.requestId ? (
          <Text as="p" tone="subdued">
            <Trans
              t={t}
              i18nKey="apiError.support"
              values={{requestId: error.requestId}}
              components={{
                id: (
                  <Text as="span" fontWeight="semibold">
                    {error.requestId}
                  </Text>
                ),
              }}
            />
          </Text>
        ) : null}
      </BlockStack>
    </Banner>
  );
}
