import {useState} from 'react';
import {Banner, Checkbox, FormLayout, Modal, Select, TextField} from '@shopify/polaris';
import {asApiError} from '../../api/api-error';
import {STAFF_ROLES, addStaff, updateStaff, type Staff} from '../../api/staff';
import {useApiClient} from '../../api/use-api';
import {showToast} from '../../toast';
import {
  NEW_STAFF,
  checkNewStaff,
  checkStaffChanges,
  placeStaffProblems,
  staffFieldId,
  staffValuesOf,
  type StaffErrors,
  type StaffFormValues,
} from '../../team/staff-form-values';
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

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({
  label: role === 'lead' ? 'Lead' : 'Agent',
  value: role,
}));

/** Adds a person, or edits one: name, email, role, time zone, working hours, taking cases. */
export function StaffEditorModal({person, lead, onClose, onSaved}: Props) {
  const client = useApiClient();
  const [initial] = useState<StaffFormValues>(() => (person ? staffValuesOf(person) : NEW_STAFF));
  const [values, setValues] = useState<StaffFormValues>(initial);
  const [errors, setErrors] = useState<StaffErrors>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof StaffFormValues>(field: K, value: StaffFormValues[K]) =>
    setValues((current) => ({...current, [field]: value}));

  /** Sends the form, or shows its mistakes; `undefined` when nothing was sent. */
  const send = (): Promise<Staff> | undefined => {
    if (person) {
      const check = checkStaffChanges(values, lead);
      if (check.ok) return updateStaff(client, person.userId, check.value);
      setErrors(check.errors);
      return undefined;
    }
    const check = checkNewStaff(values);
    if (check.ok) return addStaff(client, check.value);
    setErrors(check.errors);
    return undefined;
  };

  const save = async () => {
    const sending = send();
    if (!sending) return;
    setErrors({});
    setFailure(undefined);
    setSaving(true);
    try {
      const saved = await sending;
      showToast(person ? 'Person saved' : 'Person added');
      onSaved(saved);
    } catch (caught: unknown) {
      const error = asApiError(caught);
      const placed = placeStaffProblems(error.problems);
      setErrors(placed);
      if (Object.keys(placed).length === 0) {
        setFailure(
          error.requestId ? `${error.message} (request ID ${error.requestId})` : error.message,
        );
      }
    } finally {
      setSaving(false);
    }
  };

  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const discard = () => {
    setValues(initial);
    setErrors({});
  };
  // Closing the editor with changes in it leaves them: it asks first, as leaving a page does.
  const close = () => {
    if (!dirty) onClose();
    else void leaveConfirmation().then(onClose);
  };

  const text = (
    field: 'userId' | 'name' | 'email' | 'timeZone',
    label: string,
    helpText?: string,
  ) => (
    <TextField
      id={staffFieldId(field)}
      label={label}
      value={values[field]}
      onChange={(value) => set(field, value)}
      error={errors[field]}
      helpText={helpText}
      autoComplete="off"
    />
  );

  return (
    <Modal
      open
      onClose={close}
      title={person ? `Edit ${person.name ?? 'person'}` : 'Add a person'}
      primaryAction={{
        content: person ? 'Save person' : 'Add person',
        loading: saving,
        onAction: () => void save(),
      }}
      secondaryActions={[{content: 'Cancel', onAction: close, disabled: saving}]}
    >
      <FormSaveBar
        id="staff-save-bar"
        dirty={dirty}
        saving={saving}
        onSave={() => void save()}
        onDiscard={discard}
      />
      <Modal.Section>
        <FormLayout>
          {failure ? (
            <Banner tone="critical" title="Heed couldn’t save this person">
              <p>{failure}</p>
            </Banner>
          ) : null}
          {person
            ? null
            : text(
                'userId',
                'Shopify staff user id',
                'In Shopify admin: Settings → Users, the number in the person’s address.',
              )}
          {text('name', 'Name')}
          {text('email', 'Email', 'Optional. Where Heed tells them about new cases.')}
          {lead ? (
            <Select
              id={staffFieldId('role')}
              label="Role"
              options={ROLE_OPTIONS}
              value={values.role}
              onChange={(value) => set('role', value === 'lead' ? 'lead' : 'agent')}
              error={errors.role}
              helpText="A lead can add people, give roles and edit anyone."
            />
          ) : null}
          {person
            ? text('timeZone', 'Time zone', 'Like Europe/Paris. Blank: the shop’s own.')
            : null}
          {person ? (
            <WorkingHoursFields
              idPrefix="staff"
              label="Set working hours"
              helpText="Without them, only “Taking cases” decides whether round robin gives this person a case."
              zoneWords={values.timeZone.trim() || 'the shop’s time zone'}
              hoursSet={values.hoursSet}
              days={values.days}
              error={errors.workingHours}
              onHoursSet={(on) => set('hoursSet', on)}
              onDay={(row) =>
                set(
                  'days',
                  values.days.map((d) => (d.day === row.day ? row : d)),
                )
              }
            />
          ) : null}
          {person && values.hoursSet && values.muteOutsideHours !== undefined ? (
            <Checkbox
              id="staff-muteOutsideHours"
              label="Email about cases only within these hours"
              helpText="Emails that come outside them wait until the hours begin."
              checked={values.muteOutsideHours}
              onChange={(on) => set('muteOutsideHours', on)}
            />
          ) : null}
          {person ? (
            <Checkbox
              id="staff-available"
              label="Taking cases"
              checked={values.available}
              onChange={(on) => set('available', on)}
            />
          ) : null}
        </FormLayout>
      </Modal.Section>
    </Modal>
  );
}
