import {TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {Thresholds} from '../../api/settings';
import {
  fieldHelp,
  fieldId,
  fieldLabel,
  type FieldSpec,
  type ThresholdField,
} from '../../settings/threshold-fields';
import {defaultText} from '../../settings/threshold-form';

interface Props {
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  defaults: Thresholds;
  onChange: (field: ThresholdField, value: string) => void;
  /** Shown while the field is blank: for a step, the general value it then follows. */
  placeholder?: string;
}

/** One threshold, in the merchant's unit, with the server's limits and Heed's default beside it. */
export function ThresholdTextField({spec, value, error, defaults, onChange, placeholder}: Props) {
  const {t} = useTranslation('settings');
  const {unit} = spec;
  return (
    <TextField
      id={fieldId(spec.field)}
      label={fieldLabel(t, spec)}
      type="number"
      value={value}
      onChange={(next) => onChange(spec.field, next)}
      error={error}
      autoComplete="off"
      suffix={t(`hesitation.units.${unit.id}.suffix`)}
      min={unit.fromApi(spec.limit.min)}
      max={unit.fromApi(spec.limit.max)}
      step={unit.step}
      placeholder={placeholder}
      helpText={[fieldHelp(t, spec), defaultText(t, spec, defaults)].filter(Boolean).join(' ')}
    />
  );
}
