import {BlockStack, Button, Card, FormLayout, InlineStack, Text, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {DISCOUNT_CODES_PATH, parseDiscountCodes} from '../../../api/lookups';
import {useApiQuery} from '../../../api/use-api';
import {codeSuggestions, withSuggestion} from '../../../campaigns/code-suggestions';
import {fieldId} from '../../../campaigns/field-labels';
import type {SectionProps} from './section-props';

export function CodesCard({values, errors, onChange}: SectionProps) {
  const {t} = useTranslation('campaignForm');
  // The shop's codes, read from Shopify; when they cannot be read the field still takes any code.
  const {query} = useApiQuery(DISCOUNT_CODES_PATH, parseDiscountCodes);
  const suggestions =
    query.status === 'success' ? codeSuggestions(values.discountCodes, query.data) : [];
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          {t('codes.heading')}
        </Text>
        <TextField
          id={fieldId('discountCodes')}
          label={t('fields.discountCodes')}
          value={values.discountCodes}
          onChange={(value) => onChange('discountCodes', value)}
          error={errors.discountCodes}
          autoComplete="off"
          monospaced
          multiline={2}
          placeholder="FURS20"
          helpText={t('codes.help')}
        />
        {suggestions.length > 0 ? (
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm" id="campaign-code-suggestions">
              {t('codes.inStore')}
            </Text>
            <InlineStack gap="200" aria-labelledby="campaign-code-suggestions">
              {suggestions.map(({code, title}) => (
                <Button
                  key={code}
                  size="slim"
                  accessibilityLabel={t('codes.use', {code, title})}
                  onClick={() =>
                    onChange('discountCodes', withSuggestion(values.discountCodes, code))
                  }
                >
                  {code}
                </Button>
              ))}
            </InlineStack>
          </BlockStack>
        ) : null}
      </FormLayout>
    </Card>
  );
}
