import {BlockStack, Button, InlineError, InlineStack, Tag, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {PickedResource} from '../../../api/campaign-schemas';
import {fieldId} from '../../../campaigns/field-labels';
import {CAMPAIGN_LIMITS} from '../../../../../shared/campaign-schemas';

interface ScopePickerProps {
  type: 'products' | 'collections';
  items: PickedResource[];
  error: string | undefined;
  onChange: (items: PickedResource[]) => void;
}

/**
 * The products or collections the email names, picked with App Bridge's resource picker
 * (https://shopify.dev/docs/api/app-home/apis/resource-picker), so verification compares GIDs.
 */
export function ScopePicker({type, items, error, onChange}: ScopePickerProps) {
  const {t} = useTranslation('campaignForm');
  async function browse() {
    const selection = await shopify.resourcePicker({
      type: type === 'products' ? 'product' : 'collection',
      action: 'select',
      multiple: CAMPAIGN_LIMITS.picked,
      selectionIds: items.map((item) => ({id: item.id})),
    });
    // Closing the picker without choosing answers undefined: the selection stays as it was.
    if (selection === undefined) return;
    onChange(selection.map((resource) => ({id: resource.id, title: resource.title})));
  }
  return (
    <BlockStack gap="200">
      <Text as="p" variant="bodyMd" fontWeight="medium" id={fieldId('scopeItems')}>
        {t('fields.scopeItems')}
      </Text>
      {items.length > 0 ? (
        <InlineStack gap="200" aria-labelledby={fieldId('scopeItems')}>
          {items.map((item) => (
            <Tag
              key={item.id}
              onRemove={() => onChange(items.filter((other) => other.id !== item.id))}
              accessibilityLabel={t('scope.remove', {title: item.title})}
            >
              {item.title}
            </Tag>
          ))}
        </InlineStack>
      ) : (
        <Text as="p" tone="subdued">
          {type === 'products' ? t('scope.pickProducts') : t('scope.pickCollections')}
        </Text>
      )}
      <InlineStack>
        <Button onClick={() => void browse()}>
          {type === 'products' ? t('scope.browseProducts') : t('scope.browseCollections')}
        </Button>
      </InlineStack>
      {error ? <InlineError message={error} fieldID={fieldId('scopeItems')} /> : null}
    </BlockStack>
  );
}
