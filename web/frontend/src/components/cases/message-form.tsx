import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {BlockStack, Button, InlineStack, Text, TextField} from '@shopify/polaris';
import {showToast} from '../../toast';
import type {ActionProps} from './case-actions-card';

export interface Draft {
  subject: string;
  body: string;
}

interface Props extends ActionProps {
  draft: Draft;
  onDraft: (draft: Draft) => void;
  disabled: boolean;
}

/**
 * The message Heed suggests from the case's facts, for the staff member to edit. It leaves as an
 * email through the shop's mail settings, or the person copies it into their own mail and says so.
 */
export function MessageForm({view, run, pending, draft, onDraft, disabled}: Props) {
  const {t} = useTranslation('cases');
  const [copied, setCopied] = useState(false);
  const email = view.shopper.contact?.email ?? null;
  const empty = draft.body.trim() === '';
  const busy = pending !== undefined;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${draft.subject}\n\n${draft.body}`);
      showToast(t('toast.copied'));
    } catch {
      showToast(t('toast.copyRefused'), {isError: true});
    }
    setCopied(true);
  };
  const send = async (method: 'email' | 'copied') => {
    const done = await run(
      'message',
      {method, subject: draft.subject, body: draft.body},
      method === 'email' ? t('toast.emailSent') : t('toast.markedSent'),
    );
    if (done) setCopied(false);
  };

  return (
    <BlockStack gap="200">
      <Text as="h3" variant="headingSm">
        {t('message.heading')}
      </Text>
      <TextField
        id="case-message-subject"
        label={t('message.subject')}
        value={draft.subject}
        onChange={(subject) => onDraft({...draft, subject})}
        autoComplete="off"
        disabled={disabled}
      />
      <TextField
        id="case-message-body"
        label={t('message.body')}
        value={draft.body}
        onChange={(body) => onDraft({...draft, body})}
        multiline={8}
        autoComplete="off"
        disabled={disabled}
        helpText={t('message.help', {language: view.suggestedMessage.language})}
      />
      {email ? null : (
        <Text as="p" tone="subdued">
          {t('message.noEmail')}
        </Text>
      )}
      <InlineStack gap="200">
        <Button
          onClick={() => void send('email')}
          loading={pending === 'message' && !copied}
          disabled={disabled || email === null || empty || busy}
        >
          {t('message.sendEmail')}
        </Button>
        <Button onClick={() => void copy()} disabled={disabled || empty}>
          {t('message.copy')}
        </Button>
        {copied ? (
          <Button
            onClick={() => void send('copied')}
            loading={pending === 'message'}
            disabled={disabled || empty || busy}
          >
            {t('message.markSent')}
          </Button>
        ) : null}
      </InlineStack>
    </BlockStack>
  );
}
