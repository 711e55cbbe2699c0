import {Banner, BlockStack, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {ApiError} from '../api/api-error';

const ID_MARK = '\u0000';

/** Failures the admin itself names (no answer from the server): said in the admin's language. */
const CLIENT_CODES = ['NETWORK', 'SESSION_TOKEN_UNAVAILABLE', 'UNKNOWN'] as const;

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
  // The server words its own messages for the admin's language (Accept-Language).
  const client = error.status === 0 ? CLIENT_CODES.find((c) => c === error.code) : undefined;
  return (
    <Banner title={title} tone="critical" action={{content: t('tryAgain'), onAction: onRetry}}>
      <BlockStack gap="100">
        <Text as="p">{client ? t(`apiError.client.${client}`) : error.message}</Text>
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
