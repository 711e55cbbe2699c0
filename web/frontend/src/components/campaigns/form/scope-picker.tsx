import {BlockStack, Button, InlineError, InlineStack, Tag, Text} from '@shopify/polaris';
import type {PickedResource} from '../../../api/campaign-schemas';
import {FIELD_LABELS, fieldId} from '../../../campaigns/field-labels';

interface ScopePickerProps {
  type: 'products' | 'collections';
  items: PickedResource[];
  error: string | undefined;
  onChange: (items: PickedResource[]) => void;
}

const MAX_PICKED = 50;

/**
 * The products or collections the email names, picked with App Bridge's resource picker
 * (https://shopify.dev/docs/api/app-home/apis/resource-picker), so verification compares GIDs.
 */
export function ScopePicker({type, items, error, onChange}: ScopePickerProps) {
  const noun = type === 'products' ? 'products' : 'collections';
  async function browse() {
    const selection = await shopify.resourcePicker({
      type: type === 'products' ? 'product' : 'collection',
      action: 'select',
      multiple: MAX_PICKED,
      selectionIds: items.map((item) => ({id: item.id})),
    });
    // Closing the picker without choosing answers undefined: the selection stays as it was.
    if (selection === undefined) return;
    onChange(selection.map((resource) => ({id: resource.id, title: resource.title})));
  }
  return (
    <BlockStack gap="200">
      <Text as="p" variant="bodyMd" fontWeight="medium" id={fieldId('scopeItems')}>
        {FIELD_LABELS.scopeItems}
      </Text>
      {items.length > 0 ? (
        <InlineStack gap="200" aria-labelledby={fieldId('scopeItems')}>
          {items.map((item) => (
            <Tag
              key={item.id}
              onRemove={() => onChange(items.filter((other) => other.id !== item.id))}
              accessibilityLabel={`Remove ${item.title}`}
            >
              {item.title}
            </Tag>
          ))}
        </InlineStack>
      ) : (
        <Text as="p" tone="subdued">
          {`Pick the ${noun} the email names, and Heed checks that every code covers each of them.`}
        </Text>
      )}
      <InlineStack>
        <Button onClick={() => void browse()}>{`Browse ${noun}`}</Button>
      </InlineStack>
      {error ? <InlineError message={error} fieldID={fieldId('scopeItems')} /> : null}
    </BlockStack>
  );
}
