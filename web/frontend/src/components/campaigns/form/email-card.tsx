import {Card, FormLayout, Text, TextField} from '@shopify/polaris';
import {FIELD_LABELS, fieldId} from '../../../campaigns/field-labels';
import type {SectionProps} from './section-props';

/** The email itself: Heed checks every link for the code, and the text for the code in words. */
export function EmailCard({values, errors, onChange}: SectionProps) {
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          Email content
        </Text>
        <Text as="p" tone="subdued">
          Paste the email’s HTML from your email tool, or list its links. Heed checks that every
          link brings shoppers to your store with the code applied, and that the email shows the
          code to anyone whose link fails.
        </Text>
        <TextField
          id={fieldId('emailHtml')}
          label={FIELD_LABELS.emailHtml}
          value={values.emailHtml}
          onChange={(value) => onChange('emailHtml', value)}
          error={errors.emailHtml}
          autoComplete="off"
          monospaced
          multiline={6}
          maxHeight={320}
          spellCheck={false}
          placeholder="<p>20% off your entire order …</p>"
        />
        <TextField
          id={fieldId('emailLinks')}
          label={FIELD_LABELS.emailLinks}
          value={values.emailLinks}
          onChange={(value) => onChange('emailLinks', value)}
          error={errors.emailLinks}
          autoComplete="off"
          monospaced
          multiline={3}
          spellCheck={false}
          helpText="One per line. Links found in the HTML are checked too."
        />
      </FormLayout>
    </Card>
  );
}
