import type {CampaignFormValues, FieldErrors, FormField} from '../../../campaigns/form-values';

/** What every card of the campaign form receives. */
export interface SectionProps {
  values: CampaignFormValues;
  errors: FieldErrors;
  onChange: <K extends FormField>(field: K, value: CampaignFormValues[K]) => void;
  currencyCode: string | undefined;
}

/** Narrows a `<Select>` value to the options it was given. */
export function oneOf<T extends string>(options: readonly T[], value: string, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}
