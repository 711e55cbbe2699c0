import {Modal, Text} from '@shopify/polaris';

interface Props {
  open: boolean;
  name: string;
  deleting: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Deleting also drops the campaign's reports, and shoppers from its email stop being recognised. */
export function DeleteCampaignModal({open, name, deleting, onConfirm, onClose}: Props) {
  return (
    <Modal
      open={open}
      onClose={onClose}
      title={`Delete ${name}?`}
      primaryAction={{
        content: 'Delete campaign',
        destructive: true,
        loading: deleting,
        onAction: onConfirm,
      }}
      secondaryActions={[{content: 'Cancel', onAction: onClose, disabled: deleting}]}
    >
      <Modal.Section>
        <Text as="p">
          Its verification reports are deleted with it, and Heed stops recognizing shoppers who come
          from its email. This can’t be undone.
        </Text>
      </Modal.Section>
    </Modal>
  );
}
