import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {BlockStack, Button, Select} from '@shopify/polaris';
import type {ActionProps} from './case-actions-card';

const NOBODY = '';

/** Gives the case to another staff member; only the people of this shop are offered. */
export function HandoverForm({view, run, pending}: ActionProps) {
  const {t} = useTranslation('cases');
  const [userId, setUserId] = useState(NOBODY);
  const others = view.staff.filter((person) => person.userId !== view.case.assignee?.userId);
  const options = [
    {label: t('actions.choosePerson'), value: NOBODY},
    ...others.map((person) => ({label: person.name ?? person.userId, value: person.userId})),
  ];
  const hand = async () => {
    const person = others.find((p) => p.userId === userId);
    if (!person) return;
    const done = await run(
      'handover',
      {userId},
      person.name ? t('toast.handedOver', {name: person.name}) : t('toast.handedOverSomeone'),
    );
    if (done) setUserId(NOBODY);
  };
  return (
    <BlockStack gap="200">
      <Select
        id="case-handover"
        label={t('actions.handoverLabel')}
        options={options}
        value={userId}
        onChange={setUserId}
      />
      <Button
        onClick={() => void hand()}
        loading={pending === 'handover'}
        disabled={userId === NOBODY || pending !== undefined}
      >
        {t('actions.handover')}
      </Button>
    </BlockStack>
  );
}
