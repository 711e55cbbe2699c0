import {useEffect, useState} from 'react';
import {Banner, BlockStack, Card, Divider, Text} from '@shopify/polaris';
import type {TFunction} from 'i18next';
import {useTranslation} from 'react-i18next';
import type {ActionProps} from './case-actions-card';
import {CallForm} from './call-form';
import {MessageForm, type Draft} from './message-form';
import {RefundAction} from './refund-action';
import {ResumeOrder} from './resume-order';
import {useShopFormat} from '../../shop/shop-format';
import {CALL_OUTCOMES} from '../../api/case-schemas';

const METHODS = ['phone', 'invoice', 'email', 'copied'] as const;
const BASES = ['service_recovery', 'email_marketing', 'shopper_asked'] as const;

/** A method or basis this admin does not know yet shows by the server's name for it. */
function methodWords(method: string, t: TFunction<'cases'>): string {
  const known = METHODS.find((m) => m === method);
  return known ? t(`contact.method.${known}`) : method;
}

function basisWords(basis: string, t: TFunction<'cases'>): string {
  const known = BASES.find((b) => b === basis);
  return known ? t(`contact.basisWords.${known}`) : basis;
}

/** How a recorded call went, in the words the call form offers it with. */
function callWords(outcome: string | null, t: TFunction<'cases'>): string | null {
  if (outcome === null) return null;
  const known = CALL_OUTCOMES.find((o) => o === outcome);
  return known ? t(`call.outcome.${known}`) : outcome;
}

/**
 * Reaching the shopper, only on a recorded basis: without one, every contact is disabled and
 * the reason is shown. Heed never sends anything on its own; a person writes and sends.
 */
export function ContactCard(props: ActionProps) {
  const format = useShopFormat();
  const {t} = useTranslation('cases');
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
    <section aria-label={t('contact.label')}>
      <Card>
        <BlockStack gap="400">
          <Text as="h2" variant="headingMd">
            {t('contact.heading')}
          </Text>
          {resolved ? (
            <Text as="p" tone="subdued">
              {t('contact.resolved')}
            </Text>
          ) : (
            <>
              {allowed ? (
                <Text as="p">
                  <Text as="span" fontWeight="semibold">
                    {t('contact.basis')}
                  </Text>{' '}
                  {contactBasis.reason}
                </Text>
              ) : (
                <Banner tone="warning" title={t('contact.noBasis')}>
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
                        methodWords(contact.method, t),
                        format.moment(contact.at, now),
                        t('contact.basisOf', {basis: basisWords(contact.basis, t)}),
                        callWords(contact.callOutcome, t),
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
