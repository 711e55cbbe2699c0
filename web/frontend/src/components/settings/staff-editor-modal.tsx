import {useMemo, useState} from 'react';
import {Controller, useForm, useWatch, type Control} from 'react-hook-form';
import {useTranslation} from 'react-i18next';
import {Banner, Checkbox, FormLayout, Modal, Select, TextField} from '@shopify/polaris';
import {asApiError} from '../../api/api-error';
import {STAFF_ROLES, addStaff, updateStaff, type Staff} from '../../api/staff';
import {useApiClient} from '../../api/use-api';
import {showToast} from '../../toast';
import {
  NEW_STAFF,
  placeStaffProblems,
  staffFieldId,
  staffResolver,
  staffValuesOf,
  type StaffFormValues,
} from '../../team/staff-form-values';
import type {NewStaffInput, StaffChanges} from '../../../../shared/staff-schemas';
import {leaveConfirmation} from '../../forms/unsaved-changes';
import {FormSaveBar} from '../form-save-bar';
import {WorkingHoursFields} from './working-hours-fields';

interface Props {
  /** `undefined`: a new person. */
  person: Staff | undefined;
  /** Only a lead gives roles (and adds people). */
  lead: boolean;
  onClose: () => void;
  onSaved: (person: Staff) => void;
}

type Body = StaffChanges | NewStaffInput;
type FormControl = Control<StaffFormValues, unknown, Body>;
type TextName = 'userId' | 'name' | 'email' | 'timeZone';

/** Adds a person, or edits one: name, email, role, time zone, working hours, taking cases. */
export function StaffEditorModal({person, lead, onClose, onSaved}: Props) {
  const {t} = useTranslation('team');
  const client = useApiClient();
  const [failure, setFailure] = useState<string | undefined>();
  const resolver = useMemo(
    () => staffResolver(t, person ? {canSetRole: lead} : undefined),
    [t, person, lead],
  );
  const {control, handleSubmit, reset, setError, formState} = useForm<
    StaffFormValues,
    unknown,
    Body
  >({
    defaultValues: person ? staffValuesOf(person) : NEW_STAFF,
    resolver,
    shouldFocusError: false,
  });
  const [timeZone, hoursSet, muteOutsideHours] = useWatch({
    control,
    name: ['timeZone', 'hoursSet', 'muteOutsideHours'],
  });
  const saving = formState.isSubmitting;
  const dirty = formState.isDirty;

  const send = async (body: Body) => {
    setFailure(undefined);
    try {
      const saved = person
        ? await updateStaff(client, person.userId, body as StaffChanges)
        : await addStaff(client, body as NewStaffInput);
      showToast(person ? t('editor.saved') : t('editor.added'));
      onSaved(saved);
    } catch (caught: unknown) {
      const error = asApiError(caught);
      const placed = placeStaffProblems(error.problems);
      for (const [field, message] of Object.entries(placed)) {
        setError(field === 'workingHours' ? 'days' : (field as TextName | 'role'), {message});
      }
      if (Object.keys(placed).length === 0) {
        setFailure(
          error.requestId
            ? t('editor.failureWithId', {message: error.message, requestId: error.requestId})
            : error.message,
        );
      }
    }
  };
  const save = () => {
    if (saving) return;
    void handleSubmit(send)();
  };
  // Closing the editor with changes in it leaves them: it asks first, as leaving a page does.
  const close = () => {
    if (!dirty) onClose();
    else void leaveConfirmation().then(onClose);
  };

  const text = (field: TextName, label: string, helpText?: string) => (
    <StaffTextField control={control} field={field} label={label} helpText={helpText} />
  );
  const check = (name: 'available' | 'muteOutsideHours', label: string, helpText?: string) => (
    <Controller
      control={control}
      name={name}
      render={({field: {value, onChange}}) => (
        <Checkbox
          id={`staff-${name}`}
          label={label}
          helpText={helpText}
          checked={value === true}
          onChange={onChange}
        />
      )}
    />
  );

  return (
    <Modal
      open
      onClose={close}
      title={
        person
          ? t('editor.editTitle', {name: person.name ?? t('editor.personFallback')})
          : t('editor.addTitle')
      }
      primaryAction={{
        content: person ? t('editor.save') : t('editor.add'),
        loading: saving,
        onAction: save,
      }}
      secondaryActions={[{content: t('editor.cancel'), onAction: close, disabled: saving}]}
    >
      <FormSaveBar
        id="staff-save-bar"
        dirty={dirty}
        saving={saving}
        onSave={save}
        onDiscard={() => reset()}
      />
      <Modal.Section>
        <FormLayout>
          {failure ? (
            <Banner tone="critical" title={t('editor.saveFailed')}>
              <p>{failure}</p>
            </Banner>
          ) : null}
          {person ? null : text('userId', t('editor.userId'), t('editor.userIdHelp'))}
          {text('name', t('editor.name'))}
          {text('email', t('editor.email'), t('editor.emailHelp'))}
          {lead ? (
            <Controller
              control={control}
              name="role"
              render={({field: {value, onChange}, fieldState}) => (
                <Select
                  id={staffFieldId('role')}
                  label={t('editor.role')}
                  options={STAFF_ROLES.map((role) => ({label: t(`roles.${role}`), value: role}))}
                  value={value}
                  onChange={(next) => onChange(next === 'lead' ? 'lead' : 'agent')}
                  error={fieldState.error?.message}
                  helpText={t('editor.roleHelp')}
                />
              )}
            />
          ) : null}
          {person ? text('timeZone', t('editor.timeZone'), t('editor.timeZoneHelp')) : null}
          {person ? (
            <StaffHours control={control} zoneWords={timeZone.trim() || t('editor.shopZone')} />
          ) : null}
          {person && hoursSet && muteOutsideHours !== undefined
            ? check('muteOutsideHours', t('editor.mute'), t('editor.muteHelp'))
            : null}
          {person ? check('available', t('editor.available')) : null}
        </FormLayout>
      </Modal.Section>
    </Modal>
  );
}

function StaffTextField({
  control,
  field,
  label,
  helpText,
}: {
  control: FormControl;
  field: TextName;
  label: string;
  helpText?: string;
}) {
  return (
    <Controller
      control={control}
      name={field}
      render={({field: {value, onChange}, fieldState}) => (
        <TextField
          id={staffFieldId(field)}
          label={label}
          value={value}
          onChange={onChange}
          error={fieldState.error?.message}
          helpText={helpText}
          autoComplete="off"
        />
      )}
    />
  );
}

/** The person's working hours: whether set, and one row per weekday. */
function StaffHours({control, zoneWords}: {control: FormControl; zoneWords: string}) {
  const {t} = useTranslation('team');
  return (
    <Controller
      control={control}
      name="hoursSet"
      render={({field: hoursSet}) => (
        <Controller
          control={control}
          name="days"
          render={({field: days, fieldState}) => (
            <WorkingHoursFields
              idPrefix="staff"
              label={t('editor.setHours')}
              helpText={t('editor.setHoursHelp')}
              zoneWords={zoneWords}
              hoursSet={hoursSet.value}
              days={days.value}
              error={fieldState.error?.message}
              onHoursSet={hoursSet.onChange}
              onDay={(row) => days.onChange(days.value.map((d) => (d.day === row.day ? row : d)))}
            />
          )}
        />
      )}
    />
  );
}
