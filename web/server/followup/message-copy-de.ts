import {capitalize, listItems, money, type MessageCopy, type MessageFacts} from './message-facts';

const LOCALE = 'de-DE';
const email = (f: MessageFacts) =>
  f.campaignName ? `unsere E-Mail „${f.campaignName}“` : 'unsere E-Mail';
const withCode = (f: MessageFacts) => (f.code ? ` mit dem Code ${f.code}` : '');
const theCode = (f: MessageFacts) => (f.code ? `den Code ${f.code}` : 'Ihren Rabattcode');

function resumed(f: MessageFacts, promise: string | null): string | null {
  if (!f.invoiceUrl) return null;
  const discount = f.draftHasDiscount && promise ? `, ${promise} ist bereits abgezogen` : '';
  return `Ich habe Ihre Bestellung für Sie vorbereitet${discount}. Sie können sie hier abschließen, wann immer es Ihnen passt: ${f.invoiceUrl}`;
}

const offer =
  'Gern lege ich Ihre Bestellung für Sie an oder beantworte Ihre Fragen: Antworten Sie einfach auf diese Nachricht.';

export const DE: MessageCopy = {
  locale: LOCALE,
  greeting: (f) => (f.shopperName ? `Guten Tag ${f.shopperName},` : 'Guten Tag,'),
  signOff: (f) => ['Mit freundlichen Grüßen', f.staffName, f.shopName].filter(Boolean).join('\n'),
  promise(terms, currencyCode) {
    if (terms.kind === 'free_shipping') return 'kostenloser Versand';
    const size =
      terms.kind === 'percentage'
        ? `${terms.value ?? 0} %`
        : money(LOCALE, terms.value ?? 0, currencyCode);
    if (terms.scope.type === 'entire_order') return `${size} Rabatt auf Ihre gesamte Bestellung`;
    const fallback =
      terms.scope.type === 'products' ? 'ausgewählte Produkte' : 'ausgewählte Kollektionen';
    return `${size} Rabatt auf ${terms.scope.description ?? fallback}`;
  },
  items: (items) => listItems(items, 'und', (n) => `${n} weitere`),
  subject: {
    promise_not_applied: () => 'Der Rabatt, den wir Ihnen versprochen haben',
    promise_missing_on_order: () => 'Ihre Bestellung und der Rabatt, den wir Ihnen schulden',
    code_refused: (f) => (f.code ? `Ihr Code ${f.code}` : 'Ihr Rabattcode'),
    checkout_problem: () => 'Ihre Bestellung wurde nicht abgeschlossen',
    abandoned_cart: (f) => `Ihr Warenkorb bei ${f.shopName}`,
  },
  body: {
    promise_not_applied: (f, promise) => [
      `${capitalize(email(f))} hat Ihnen ${promise ?? 'einen Rabatt'}${withCode(f)} versprochen, doch an der Kasse wurde der Rabatt nicht abgezogen. Das war unser Fehler, nicht Ihrer.`,
      resumed(f, promise) ?? offer,
    ],
    promise_missing_on_order: (f, promise) => [
      `Ihre Bestellung wurde ohne ${promise ?? 'den Rabatt'} aufgegeben, den ${email(f)} Ihnen versprochen hat${f.code ? ` (Code ${f.code})` : ''}. Das war unser Fehler, und wir schulden Ihnen die Differenz.`,
      f.refunded
        ? `Ich habe Ihnen die Differenz von ${money(LOCALE, f.refunded.amount, f.refunded.currencyCode)} auf Ihre ursprüngliche Zahlungsart erstattet.`
        : 'Ich erstatte Ihnen die Differenz auf Ihre ursprüngliche Zahlungsart und bestätige es Ihnen, sobald es erledigt ist.',
    ],
    code_refused: (f, promise) => [
      [
        f.alertText
          ? `Als Sie an der Kasse ${theCode(f)} eingegeben haben, wurde „${f.alertText}“ angezeigt.`
          : `Als Sie an der Kasse ${theCode(f)} eingegeben haben, wurde er nicht angenommen.`,
        promise
          ? `${capitalize(email(f))} hat Ihnen ${promise} versprochen, er hätte also funktionieren sollen.`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
      resumed(f, promise) ?? offer,
    ],
    checkout_problem: (f, promise) => [
      f.alertText
        ? `Als Sie Ihre Bestellung abschließen wollten, wurde an der Kasse „${f.alertText}“ angezeigt, und die Bestellung ging nicht durch.`
        : 'Als Sie Ihre Bestellung abschließen wollten, trat an der Kasse ein Problem auf, und die Bestellung ging nicht durch.',
      resumed(f, promise) ??
        'Gern lege ich dieselbe Bestellung für Sie an, damit Sie über einen sicheren Link bezahlen können, oder nehme sie telefonisch auf.',
    ],
    abandoned_cart: (f, promise) => [
      [
        f.items.length > 0
          ? `In Ihrem Warenkorb liegen noch ${DE.items(f.items)}.`
          : 'In Ihrem Warenkorb liegen noch einige Artikel.',
        promise
          ? `${capitalize(promise)}${f.code ? ` (Code ${f.code})` : ''} gilt weiterhin.`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
      resumed(f, promise) ??
        'Falls Sie etwas aufgehalten hat, antworten Sie einfach auf diese Nachricht, und ich helfe Ihnen gern.',
    ],
  },
};
