import type {Translation} from '../translation';
import type {signals as english} from '../en/signals';

export const signals: Translation<typeof english> = {
  place: {
    on: {
      contact: 'sur les coordonnées',
      delivery: 'sur l’adresse de livraison',
      shipping: 'sur le mode d’expédition',
      payment: 'sur le paiement',
      completed: 'sur la page de remerciement',
      checkout: 'au cours du paiement',
    },
    at: {
      contact: 'à l’étape des coordonnées',
      delivery: 'à l’étape de l’adresse de livraison',
      shipping: 'à l’étape du mode d’expédition',
      payment: 'à l’étape du paiement',
      completed: 'sur la page de remerciement',
      checkout: 'pendant le paiement',
    },
    from: {
      contact: 'des coordonnées',
      delivery: 'de l’adresse de livraison',
      shipping: 'du mode d’expédition',
      payment: 'du paiement',
      completed: 'de la page de remerciement',
      checkout: 'du paiement',
    },
    to: {
      contact: 'aux coordonnées',
      delivery: 'à l’adresse de livraison',
      shipping: 'au mode d’expédition',
      payment: 'au paiement',
      completed: 'à la page de remerciement',
      checkout: 'au paiement',
    },
  },
  duration: {
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hours_one: '{{count}} heure',
    hours_other: '{{count}} heures',
    hoursAndMinutes: '{{hours}} {{minutes}}',
    days_one: '{{count}} jour',
    days_other: '{{count}} jours',
  },
  cart: {
    valued_one: 'un panier de {{total}} ({{count}} article)',
    valued_other: 'un panier de {{total}} ({{count}} articles)',
    unknown: 'son panier',
  },
  field: {
    reductions: 'code de réduction',
    email: 'e-mail',
    phone: 'téléphone',
    firstName: 'prénom',
    lastName: 'nom',
    address1: 'adresse',
    address2: 'appartement, suite',
    city: 'ville',
    zone: 'État / province',
    postalCode: 'code postal',
    countryCode: 'pays',
  },
  promise: {
    percentOff: '{{percent}}\u00a0% de réduction',
    amountOff: '{{amount}} de réduction',
    freeShipping: 'la livraison gratuite',
    entireOrder: '{{offer}} sur toute la commande',
    items: '{{offer}} sur {{items}}',
    selected: {
      products: 'des produits sélectionnés',
      collections: 'des collections sélectionnées',
    },
  },
  abandoned: {
    atStep:
      'Paiement abandonné {{place}} avec {{cart}}\u00a0; aucune commande {{wait}} après sa dernière activité.',
    anywhere:
      'Paiement abandonné avec {{cart}}\u00a0; aucune commande {{wait}} après sa dernière activité.',
  },
  checkoutError: {
    alert: 'Erreur «\u00a0{{message}}\u00a0» vue {{place}}.',
    alertRepeated: 'Erreur «\u00a0{{message}}\u00a0» vue {{place}} ({{times}} fois).',
    extension: 'Échec de l’{{extension}} {{place}}\u00a0: {{message}}.',
    extensionName: {
      plain: 'extension de paiement',
      named: 'extension de paiement «\u00a0{{name}}\u00a0»',
      withApp: 'extension de paiement ({{app}})',
      namedWithApp: 'extension de paiement «\u00a0{{name}}\u00a0» ({{app}})',
    },
  },
  codeRejected: {
    once: '«\u00a0{{message}}\u00a0» affiché après {{typed}} ({{outcome}}).',
    twice: '«\u00a0{{message}}\u00a0» affiché deux fois après {{typed}} ({{outcome}}).',
    repeated: '«\u00a0{{message}}\u00a0» affiché {{times}} fois après {{typed}} ({{outcome}}).',
    typedPromised: 'la saisie de {{code}} — le code promis par l’e-mail «\u00a0{{campaign}}\u00a0»',
    typed: 'la saisie de {{code}}',
    typedUnknown: 'la saisie d’un code de réduction',
    rejected: 'code refusé',
    rejectedThenApplied: 'code refusé, puis appliqué',
  },
  paymentFailed: {
    once: 'Échec du paiement\u00a0: le paiement a affiché «\u00a0{{message}}\u00a0» et aucune commande n’a suivi.',
    repeated:
      'Échec du paiement ({{times}} fois)\u00a0: le paiement a affiché «\u00a0{{message}}\u00a0» et aucune commande n’a suivi.',
  },
  promoMissing: {
    withCode:
      'Commande passée depuis {{email}} sans {{promised}} (code {{code}})\u00a0; la différence est due.',
    withoutCode: 'Commande passée depuis {{email}} sans {{promised}}\u00a0; la différence est due.',
    email: 'l’e-mail «\u00a0{{campaign}}\u00a0»',
    anyEmail: 'un e-mail Heed',
    promised: 'l’offre promise de {{promise}}',
    anyDiscount: 'la réduction promise',
  },
  promoNotApplied: {
    seen: '{{promise}}\u00a0; à {{time}}, {{place}}, {{what}}.',
    seenThen: '{{promise}}\u00a0; à {{time}}, {{place}}, {{what}}\u00a0; {{then}}.',
    refused: '{{promise}}\u00a0; à {{time}}, {{reason}} (code {{code}}).',
    promisedBy: 'L’e-mail «\u00a0{{campaign}}\u00a0» promettait {{promise}}',
    cameFrom: 'Client venu du lien de l’e-mail «\u00a0{{link}}\u00a0»',
    listed: 'le code {{code}} figurait dans le paiement sans rien déduire',
    missing: 'aucune réduction appliquée (code {{code}})',
    ordered: 'commande passée à {{time}} sans la réduction',
    wentOn: 'passage {{place}} à {{time}}',
    outcome:
      'Client venu de l’e-mail «\u00a0{{campaign}}\u00a0», qui promettait {{promise}}, mais {{reason}} (code {{code}}).',
    reason: {
      apply_error: 'Shopify a refusé le code quand Heed l’a appliqué',
      no_allocation: 'le code figurait dans le paiement mais ne déduisait rien',
      cannot_update: 'le paiement n’a pas permis à Heed d’ajouter le code',
    },
  },
  repeatedEdits: {
    sentence: 'Champ «\u00a0{{field}}\u00a0» modifié {{times}} fois.',
  },
  shippingShock: {
    sentence:
      'A quitté le paiement après avoir vu des frais d’expédition de {{shipping}} pour une commande de {{subtotal}} ({{percent}}\u00a0% du sous-total).',
  },
  stalled: {
    idle: 'Plus de {{wait}} {{place}} sans passer à l’étape suivante.',
    busy_one:
      'Plus de {{wait}} {{place}} ({{count}} modification de champ) sans passer à l’étape suivante.',
    busy_other:
      'Plus de {{wait}} {{place}} ({{count}} modifications de champs) sans passer à l’étape suivante.',
  },
  stepRegression: {
    first: 'Retour {{from}} {{to}}.',
    again_ordinal_one: 'Retour {{from}} {{to}} (pour la {{count}}re fois).',
    // French ordinals are "1re" and "2e"; the other forms are English's, typed for completeness.
    again_ordinal_two: 'Retour {{from}} {{to}} (pour la {{count}}e fois).',
    again_ordinal_few: 'Retour {{from}} {{to}} (pour la {{count}}e fois).',
    again_ordinal_other: 'Retour {{from}} {{to}} (pour la {{count}}e fois).',
  },
  ended: {
    bought: 'Le client a acheté à {{time}}\u00a0: le paiement a abouti.',
    orderedElsewhere: 'Le client a commandé {{channel}} à {{time}}.',
    notNeeded: 'Plus nécessaire depuis {{time}}.',
    toldAsLeaving: 'Compté comme un départ\u00a0: le client a quitté le paiement à cette étape.',
    wentOn: 'Passage {{place}} à {{time}}.',
    cameBack: 'Retour au paiement à {{time}}.',
    codeApplied: 'Le code s’est appliqué à {{time}}.',
    noLongerShown: 'Plus affiché par le paiement depuis {{time}}.',
  },
  channel: {
    pos: 'en point de vente',
    shopify_draft_order: 'via une commande provisoire',
    web: 'dans un autre paiement en ligne',
    named: 'via {{name}}',
    unknown: 'par un autre canal',
  },
  score: {
    reason: '+{{points}} {{label}}\u00a0: {{sentence}}',
    reasonRepeated: '+{{points}} {{label}} ({{times}} fois)\u00a0: {{sentence}}',
    label: {
      promo_not_applied: 'Réduction promise non appliquée',
      promo_missing_on_order: 'Commande passée sans la réduction promise',
      code_rejected: 'Code de réduction refusé',
      checkout_error: 'Erreur vue au paiement',
      stalled: 'Bloqué sur une étape',
      step_regression: 'Revenu à une étape précédente',
      repeated_edits: 'A modifié un champ encore et encore',
      shipping_shock: 'Parti après avoir vu les frais d’expédition',
      payment_failed: 'Échec du paiement',
      abandoned: 'A quitté le paiement',
    },
  },
  shopper: {
    returning: 'Shopify a indiqué que cette commande n’est pas la première du client.',
    first: 'Shopify a indiqué que cette commande est la première du client.',
    signedIn:
      'Client connecté\u00a0; Shopify indique s’il a déjà commandé une fois la commande passée.',
    notYet: 'Shopify indique si le client a déjà commandé une fois la commande passée.',
    unsaid: 'Shopify n’a pas indiqué si le client avait déjà commandé.',
  },
};
