import {Card, FormLayout, Text, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {fieldId} from '../../../campaigns/field-labels';
import type {SectionProps} from './section-props';

/** The email itself: Heed checks every link for the code, and the text for the code in words. */
export function EmailCard({values, errors, onChange}: SectionProps) {
  const {t} = useTranslation('campaignForm');
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          {t('email.heading')}
        </Text>
        <Text as="p" tone="subdued">
          {t('email.intro')}
        </Text>
        <TextField
          id={fieldId('emailHtml')}
          label={t('fields.emailHtml')}
          value={values.emailHtml}
          onChange={(value) => onChange('emailHtml', value)}
          error={errors.emailHtml}
          autoComplete="off"
          monospaced
          multiline={6}
          maxHeight={320}
          spellCheck={false}
          placeholder={t('email.htmlPlaceholder')}
        />
        <TextField
          id={fieldId('emailLinks')}
          label={t('fields.emailLinks')}
          value={values.emailLinks}
          onChange={(value) => onChange('emailLinks', value)}
          error={errors.emailLinks}
          autoComplete="off"
          monospaced
          multiline={3}
          spellCheck={false}
          helpText={t('email.linksHelp')}
        />
      </FormLayout>
    </Card>
  );
}
