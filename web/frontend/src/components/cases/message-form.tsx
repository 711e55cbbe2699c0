import {useState} from 'react';
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
  const [copied, setCopied] = useState(false);
  const email = view.shopper.contact?.email ?? null;
  const empty = draft.body.trim() === '';
  const busy = pending !== undefined;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${draft.subject}\n\n${draft.body}`);
      showToast('Message copied');
    } catch {
      showToast('Copy the message by hand: the browser refused', {isError: true});
    }
    setCopied(true);
  };
  const send = async (method: 'email' | 'copied') => {
    const done = await run(
      'message',
      {method, subject: draft.subject, body: draft.body},
      method === 'email' ? 'Email sent' : 'Message marked as sent',
    );
    if (done) setCopied(false);
  };

  return (
    <BlockStack gap="200">
      <Text as="h3" variant="headingSm">
        Write to the shopper
      </Text>
      <TextField
        id="case-message-subject"
        label="Subject"
        value={draft.subject}
        onChange={(subject) => onDraft({...draft, subject})}
        autoComplete="off"
        disabled={disabled}
      />
      <TextField
        id="case-message-body"
        label="Message"
        value={draft.body}
        onChange={(body) => onDraft({...draft, body})}
        multiline={8}
        autoComplete="off"
        disabled={disabled}
        helpText={`Suggested by Heed from the case (${view.suggestedMessage.language}). Edit it before it goes.`}
      />
      {email ? null : (
        <Text as="p" tone="subdued">
          Shopify has no email address for this shopper.
        </Text>
      )}
      <InlineStack gap="200">
        <Button
          onClick={() => void send('email')}
          loading={pending === 'message' && !copied}
          disabled={disabled || email === null || empty || busy}
        >
          Send as email
        </Button>
        <Button onClick={() => void copy()} disabled={disabled || empty}>
          Copy message
        </Button>
        {copied ? (
          <Button
            onClick={() => void send('copied')}
            loading={pending === 'message'}
            disabled={disabled || empty || busy}
          >
            Mark as sent
          </Button>
        ) : null}
      </InlineStack>
    </BlockStack>
  );
}
