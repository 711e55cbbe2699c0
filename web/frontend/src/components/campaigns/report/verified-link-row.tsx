import {BlockStack, Box, Button, InlineStack, Tag, Text} from '@shopify/polaris';
import {ClipboardIcon} from '@shopify/polaris-icons';
import {useTranslation} from 'react-i18next';
import type {VerifiedLink} from '../../../api/campaign-schemas';
import {showToast} from '../../../toast';

export function VerifiedLinkRow({link}: {link: VerifiedLink}) {
  const {t} = useTranslation('campaigns');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      showToast(t('links.copied'));
    } catch {
      // The clipboard can be refused (permissions, an unfocused frame): the link stays selectable.
      showToast(t('links.copyFailed'), {isError: true});
    }
  };
  return (
    <Box as="li" padding="300" borderWidth="025" borderColor="border" borderRadius="200">
      <InlineStack align="space-between" blockAlign="center" gap="300" wrap={false}>
        <BlockStack gap="100">
          <InlineStack>
            <Tag>{link.code}</Tag>
          </InlineStack>
          <Text as="p" breakWord>
            <code>{link.url}</code>
          </Text>
        </BlockStack>
        <Button
          icon={ClipboardIcon}
          onClick={() => void copy()}
          accessibilityLabel={t('links.copyLabel', {code: link.code})}
        >
          {t('links.copy')}
        </Button>
      </InlineStack>
    </Box>
  );
}
