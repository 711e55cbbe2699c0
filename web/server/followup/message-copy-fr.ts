import {capitalize, listItems, money, type MessageCopy, type MessageFacts} from './message-facts';

const LOCALE = 'fr-FR';
const email = (f: MessageFacts) =>
  f.campaignName ? `notre e-mail « ${f.campaignName} »` : 'notre e-mail';
const withCode = (f: MessageFacts) => (f.code ? ` avec le code ${f.code}` : '');
const theCode = (f: MessageFacts) => (f.code ? `le code ${f.code}` : 'votre code de réduction');

function resumed(f: MessageFacts, promise: string | null): string | null {
  if (!f.invoiceUrl) return null;
  const discount = f.draftHasDiscount && promise ? `, avec ${promise} déjà appliquée` : '';
  return `J’ai préparé votre commande pour vous${discount}. Vous pouvez la finaliser ici quand vous le souhaitez : ${f.invoiceUrl}`;
}

const offer =
  'Si vous le souhaitez, je peux préparer votre commande pour vous ou répondre à vos questions : il suffit de répondre à ce message.';

export const FR: MessageCopy = {
  locale: LOCALE,
  greeting: (f) => (f.shopperName ? `Bonjour ${f.shopperName},` : 'Bonjour,'),
  signOff: (f) => ['Cordialement,', f.staffName, f.shopName].filter(Boolean).join('\n'),
  promise(terms, currencyCode) {
    if (terms.kind === 'free_shipping') return 'la livraison offerte';
    const size =
      terms.kind === 'percentage'
        ? `${terms.value ?? 0} %`
        : money(LOCALE, terms.value ?? 0, currencyCode);
    if (terms.scope.type === 'entire_order') return `${size} de réduction sur toute votre commande`;
    const fallback =
      terms.scope.type === 'products'
        ? 'une sélection de produits'
        : 'une sélection de collections';
    return `${size} de réduction sur ${terms.scope.description ?? fallback}`;
  },
  items: (items) => listItems(items, 'et', (n) => `${n} autres articles`),
  subject: {
    promise_not_applied: () => 'La réduction que nous vous avions promise',
    promise_missing_on_order: () => 'Votre commande et la réduction que nous vous devons',
    code_refused: (f) => (f.code ? `Votre code ${f.code}` : 'Votre code de réduction'),
    checkout_problem: () => 'Votre commande n’a pas abouti',
    abandoned_cart: (f) => `Votre panier chez ${f.shopName}`,
  },
  body: {
    promise_not_applied: (f, promise) => [
      `${capitalize(email(f))} vous promettait ${promise ?? 'une réduction'}${withCode(f)}, mais la réduction ne s’est pas appliquée au paiement. C’était notre erreur, pas la vôtre.`,
      resumed(f, promise) ?? offer,
    ],
    promise_missing_on_order: (f, promise) => [
      `Votre commande a été passée sans ${promise ?? 'la réduction'} que ${email(f)} vous promettait${f.code ? ` (code ${f.code})` : ''}. C’était notre erreur, et nous vous devons la différence.`,
      f.refunded
        ? `Je vous ai remboursé la différence de ${money(LOCALE, f.refunded.amount, f.refunded.currencyCode)} sur votre moyen de paiement d’origine.`
        : 'Je vous rembourse la différence sur votre moyen de paiement d’origine et vous le confirmerai dès que ce sera fait.',
    ],
    code_refused: (f, promise) => [
      [
        f.alertText
          ? `Lorsque vous avez saisi ${theCode(f)} au paiement, le message « ${f.alertText} » s’est affiché.`
          : `Lorsque vous avez saisi ${theCode(f)} au paiement, il n’a pas été accepté.`,
        promise
          ? `${capitalize(email(f))} vous promettait ${promise} : il aurait dû fonctionner.`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
      resumed(f, promise) ?? offer,
    ],
    checkout_problem: (f, promise) => [
      f.alertText
        ? `Lorsque vous avez voulu finaliser votre commande, le message « ${f.alertText} » s’est affiché et la commande n’a pas abouti.`
        : 'Lorsque vous avez voulu finaliser votre commande, un problème est survenu et la commande n’a pas abouti.',
      resumed(f, promise) ??
        'Si vous le souhaitez, je peux préparer la même commande pour que vous la payiez par un lien sécurisé, ou la prendre par téléphone.',
    ],
    abandoned_cart: (f, promise) => [
      [
        f.items.length > 0
          ? `Vous avez laissé ${FR.items(f.items)} dans votre panier.`
          : 'Vous avez laissé quelques articles dans votre panier.',
        promise
          ? `${capitalize(promise)}${f.code ? ` (code ${f.code})` : ''} est toujours valable.`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
      resumed(f, promise) ??
        'Si quelque chose vous a retenu, répondez simplement à ce message et je vous aiderai volontiers.',
    ],
  },
};
