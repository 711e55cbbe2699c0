import {Banner, BlockStack, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {ApiError} from '../api/api-error';

const ID_MARK = '\u0000';

interface Props {
  title: string;
  error: ApiError;
  onRetry: () => void;
}

/** A failed API call, with the request id the merchant can quote to support (the server logs the cause under it). */
export function ApiErrorBanner({title, error, onRetry}: Props) {
  const {t} = useTranslation();
  // One sentence for the translator, the id set in bold where the language puts it (without
  // react-i18next's <Trans>, which every page would otherwise load for this banner).
  const [before, after = ''] = t('apiError.support', {requestId: ID_MARK}).split(ID_MARK);
  return (
    <Banner title={title} tone="critical" action={{content: t('tryAgain'), onAction: onRetry}}>
      <BlockStack gap="100">
        <Text as="p">{error.message}</Text>
        {error.requestId ? (
          <Text as="p" tone="subdued">
            {before}
            <Text as="span" fontWeight="semibold">
              {error.requestId}
            </Text>
            {after}
          </Text>
        ) : null}
      </BlockStack>
    </Banner>
  );
}
