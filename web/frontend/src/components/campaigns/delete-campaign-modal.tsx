import {Modal, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';

interface Props {
  open: boolean;
  name: string;
  deleting: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Deleting also drops the campaign's reports, and shoppers from its email stop being recognised. */
export function DeleteCampaignModal({open, name, deleting, onConfirm, onClose}: Props) {
  const {t} = useTranslation(['campaigns', 'common']);
  return (
    <Modal
      open={open}
      onClose={onClose}
      title={t('delete.title', {name})}
      primaryAction={{
        content: t('delete.confirm'),
        destructive: true,
        loading: deleting,
        onAction: onConfirm,
      }}
      secondaryActions={[{content: t('common:cancel'), onAction: onClose, disabled: deleting}]}
    >
      <Modal.Section>
        <Text as="p">{t('delete.body')}</Text>
      </Modal.Section>
    </Modal>
  );
}
