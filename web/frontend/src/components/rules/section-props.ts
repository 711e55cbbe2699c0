import type {RuleErrors, RuleFormValues} from '../../rules/rule-form-values';

export interface RuleSectionProps {
  values: RuleFormValues;
  errors: RuleErrors;
  onChange: <K extends keyof RuleFormValues>(field: K, value: RuleFormValues[K]) => void;
}
