import {useEffect, useState} from 'react';
import {Banner, BlockStack, Card, Divider, Text} from '@shopify/polaris';
import type {ActionProps} from './case-actions-card';
import {CallForm} from './call-form';
import {MessageForm, type Draft} from './message-form';
import {RefundAction} from './refund-action';
import {ResumeOrder} from './resume-order';
import {useShopFormat} from '../../shop/shop-format';

const METHOD_WORDS: Readonly<Record<string, string>> = {
  phone: 'Call',
  invoice: 'Invoice with a message',
  email: 'Email',
  copied: 'Message sent from own mail',
};
const BASIS_WORDS: Readonly<Record<string, string>> = {
  service_recovery: 'making good a promise the shop made',
  email_marketing: 'subscribed to email marketing',
  shopper_asked: 'the shopper asked for help',
};

/**
 * Reaching the shopper, only on a recorded basis: without one, every contact is disabled and
 * the reason is shown. Heed never sends anything on its own; a person writes and sends.
 */
export function ContactCard(props: ActionProps) {
  const format = useShopFormat();
  const {view, now} = props;
  const {contactBasis, suggestedMessage} = view;
  const [draft, setDraft] = useState<Draft>({
    subject: suggestedMessage.subject,
    body: suggestedMessage.body,
  });
  // A new case (or a new suggestion after the status changed) starts from its own message.
  useEffect(() => {
    setDraft({subject: suggestedMessage.subject, body: suggestedMessage.body});
  }, [view.case.id, suggestedMessage.subject, suggestedMessage.body]);
  const allowed = contactBasis.allowed;
  // A resolved case contacts nobody (the server refuses it), and its contact details are gone:
  // offering a call or a second invoice would only end in an error.
  const resolved = view.case.status === 'resolved';
  return (
    <section aria-label="Contact">
      <Card>
        <BlockStack gap="400">
          <Text as="h2" variant="headingMd">
            Contact the shopper
          </Text>
          {resolved ? (
            <Text as="p" tone="subdued">
              The case is resolved, so Heed offers no contact. Reopen it to contact the shopper
              again.
            </Text>
          ) : (
            <>
              {allowed ? (
                <Text as="p">
                  <Text as="span" fontWeight="semibold">
                    Basis:
                  </Text>{' '}
                  {contactBasis.reason}
                </Text>
              ) : (
                <Banner tone="warning" title="Heed has no basis to contact this shopper">
                  <p>{contactBasis.reason}</p>
                </Banner>
              )}
              <CallForm {...props} disabled={!allowed} />
              <Divider />
              <MessageForm {...props} draft={draft} onDraft={setDraft} disabled={!allowed} />
              <Divider />
              <ResumeOrder {...props} draft={draft} disabled={!allowed} />
            </>
          )}
          {view.refund ? (
            <>
              <Divider />
              <RefundAction {...props} refund={view.refund} />
            </>
          ) : null}
          {view.contacts.length > 0 ? (
            <>
              <Divider />
              <BlockStack as="ul" gap="100">
                {view.contacts.map((contact) => (
                  <li key={contact.id}>
                    <Text as="p" variant="bodySm" tone="subdued">
                      {[
                        METHOD_WORDS[contact.method] ?? contact.method,
                        format.moment(contact.at, now),
                        `basis: ${BASIS_WORDS[contact.basis] ?? contact.basis}`,
                        contact.callOutcome,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </li>
                ))}
              </BlockStack>
            </>
          ) : null}
        </BlockStack>
      </Card>
    </section>
  );
}
