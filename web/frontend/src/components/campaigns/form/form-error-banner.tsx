import {forwardRef} from 'react';
import {Banner, BlockStack, Link, List, Text, type BannerHandles} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {ApiError, FieldProblem} from '../../../api/api-error';
import {FORM_FIELDS, fieldId} from '../../../campaigns/field-labels';
import type {FieldErrors, FormField} from '../../../campaigns/form-values';

interface Props {
  /** Problems shown on their fields, listed here too with a link that moves focus to each. */
  errors: FieldErrors;
  /** The server's problems that no field can show. */
  unplaced: readonly FieldProblem[];
  /** Set when the server refused the save (rather than the form's own checks). */
  serverError: ApiError | undefined;
}

/** Above the form after a failed save: how many fields to fix, and where they are. */
export const FormErrorBanner = forwardRef<BannerHandles, Props>(function FormErrorBanner(
  {errors, unplaced, serverError},
  ref,
) {
  const {t} = useTranslation('campaignForm');
  const fields = FORM_FIELDS.filter((field) => errors[field]);
  const count = fields.length + unplaced.length;
  // A refusal whose problems were all fixed has nothing left to say.
  const unexplained = serverError !== undefined && serverError.problems.length === 0;
  if (count === 0 && !unexplained) return null;
  const title = count === 0 ? t('banner.notSaved') : t('banner.fix', {count});
  return (
    <Banner ref={ref} tone="critical" title={title}>
      <BlockStack gap="200">
        {count === 0 && serverError ? <Text as="p">{serverError.message}</Text> : null}
        {count > 0 ? (
          <List>
            {fields.map((field) => (
              <List.Item key={field}>
                <Link onClick={() => focusField(field)}>{t(`fields.${field}`)}</Link>:{' '}
                {errors[field]}
              </List.Item>
            ))}
            {unplaced.map((problem) => (
              <List.Item key={`${problem.path}:${problem.message}`}>{problem.message}</List.Item>
            ))}
          </List>
        ) : null}
        {serverError?.requestId ? (
          <Text as="p" tone="subdued">
            {t('banner.requestId', {id: serverError.requestId})}
          </Text>
        ) : null}
      </BlockStack>
    </Banner>
  );
});

function focusField(field: FormField): void {
  const input = document.getElementById(fieldId(field));
  input?.focus();
  input?.scrollIntoView({block: 'center', behavior: 'smooth'});
}
