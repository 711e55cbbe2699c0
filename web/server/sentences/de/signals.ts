import type {Translation} from '../translation';
import type {signals as english} from '../en/signals';

export const signals: Translation<typeof english> = {
  place: {
    on: {
      contact: 'bei den Kontaktdaten',
      delivery: 'bei der Lieferadresse',
      shipping: 'bei der Versandart',
      payment: 'bei der Zahlung',
      completed: 'auf der Danke-Seite',
      checkout: 'im Checkout',
    },
    at: {
      contact: 'bei den Kontaktdaten',
      delivery: 'bei der Lieferadresse',
      shipping: 'bei der Versandart',
      payment: 'bei der Zahlung',
      completed: 'auf der Danke-Seite',
      checkout: 'im Checkout',
    },
    from: {
      contact: 'von den Kontaktdaten',
      delivery: 'von der Lieferadresse',
      shipping: 'von der Versandart',
      payment: 'von der Zahlung',
      completed: 'von der Danke-Seite',
      checkout: 'vom Checkout',
    },
    to: {
      contact: 'zu den Kontaktdaten',
      delivery: 'zur Lieferadresse',
      shipping: 'zur Versandart',
      payment: 'zur Zahlung',
      completed: 'zur Danke-Seite',
      checkout: 'zum Checkout',
    },
  },
  duration: {
    minutes_one: '{{count}} Minute',
    minutes_other: '{{count}} Minuten',
    hours_one: '{{count}} Stunde',
    hours_other: '{{count}} Stunden',
    hoursAndMinutes: '{{hours}} {{minutes}}',
    days_one: '{{count}} Tag',
    days_other: '{{count}} Tage',
  },
  cart: {
    valued_one: 'einem Warenkorb über {{total}} ({{count}} Artikel)',
    valued_other: 'einem Warenkorb über {{total}} ({{count}} Artikel)',
    unknown: 'dem Warenkorb',
  },
  field: {
    reductions: 'Rabattcode',
    email: 'E-Mail',
    phone: 'Telefon',
    firstName: 'Vorname',
    lastName: 'Nachname',
    address1: 'Adresse',
    address2: 'Wohnung, Suite',
    city: 'Stadt',
    zone: 'Bundesland / Provinz',
    postalCode: 'Postleitzahl',
    countryCode: 'Land',
  },
  promise: {
    percentOff: '{{percent}}\u00a0% Rabatt',
    amountOff: '{{amount}} Rabatt',
    freeShipping: 'kostenlosen Versand',
    entireOrder: '{{offer}} auf die gesamte Bestellung',
    items: '{{offer}} auf {{items}}',
    selected: {
      products: 'ausgewählte Produkte',
      collections: 'ausgewählte Kollektionen',
    },
  },
  abandoned: {
    atStep:
      'Checkout {{place}} mit {{cart}} verlassen; keine Bestellung {{wait}} nach der letzten Aktivität.',
    anywhere:
      'Checkout mit {{cart}} verlassen; keine Bestellung {{wait}} nach der letzten Aktivität.',
  },
  checkoutError: {
    alert: 'Fehlermeldung „{{message}}“ {{place}} gesehen.',
    alertRepeated: 'Fehlermeldung „{{message}}“ {{place}} gesehen ({{times}}-mal).',
    extension: 'Die {{extension}} ist {{place}} fehlgeschlagen: {{message}}.',
    extensionName: {
      plain: 'Checkout-Erweiterung',
      named: 'Checkout-Erweiterung „{{name}}“',
      withApp: 'Checkout-Erweiterung ({{app}})',
      namedWithApp: 'Checkout-Erweiterung „{{name}}“ ({{app}})',
    },
  },
  codeRejected: {
    once: '„{{message}}“ angezeigt nach {{typed}} ({{outcome}}).',
    twice: '„{{message}}“ zweimal angezeigt nach {{typed}} ({{outcome}}).',
    repeated: '„{{message}}“ {{times}}-mal angezeigt nach {{typed}} ({{outcome}}).',
    typedPromised: 'Eingabe von {{code}} — dem Code, den die E-Mail „{{campaign}}“ versprochen hat',
    typed: 'Eingabe von {{code}}',
    typedUnknown: 'Eingabe eines Rabattcodes',
    rejected: 'Code abgelehnt',
    rejectedThenApplied: 'Code abgelehnt, dann angewendet',
  },
  paymentFailed: {
    once: 'Zahlung fehlgeschlagen: Der Checkout meldete „{{message}}“, und es folgte keine Bestellung.',
    repeated:
      'Zahlung {{times}}-mal fehlgeschlagen: Der Checkout meldete „{{message}}“, und es folgte keine Bestellung.',
  },
  promoMissing: {
    withCode:
      'Bestellung aus {{email}} ohne {{promised}} aufgegeben (Code {{code}}); die Differenz ist geschuldet.',
    withoutCode:
      'Bestellung aus {{email}} ohne {{promised}} aufgegeben; die Differenz ist geschuldet.',
    email: 'der E-Mail „{{campaign}}“',
    anyEmail: 'einer Heed-E-Mail',
    promised: 'das versprochene Angebot ({{promise}})',
    anyDiscount: 'den versprochenen Rabatt',
  },
  promoNotApplied: {
    seen: '{{promise}}; um {{time}}, {{place}}, {{what}}.',
    seenThen: '{{promise}}; um {{time}}, {{place}}, {{what}}; {{then}}.',
    refused: '{{promise}}; um {{time}}, {{reason}} (Code {{code}}).',
    promisedBy: 'Die E-Mail „{{campaign}}“ hat {{promise}} versprochen',
    cameFrom: 'Über den Link der E-Mail „{{link}}“ gekommen',
    listed: 'der Code {{code}} war im Checkout, zog aber nichts ab',
    missing: 'kein Rabatt angewendet (Code {{code}})',
    ordered: 'Bestellung um {{time}} ohne den Rabatt aufgegeben',
    wentOn: 'um {{time}} weiter {{place}}',
    outcome:
      'Über die E-Mail „{{campaign}}“ gekommen, die {{promise}} versprochen hat, aber {{reason}} (Code {{code}}).',
    reason: {
      apply_error: 'Shopify hat den Code abgelehnt, als Heed ihn angewendet hat',
      no_allocation: 'der Code war im Checkout, zog aber nichts ab',
      cannot_update: 'der Checkout hat Heed nicht erlaubt, den Code hinzuzufügen',
    },
  },
  repeatedEdits: {
    sentence: 'Feld „{{field}}“ {{times}}-mal geändert.',
  },
  shippingShock: {
    sentence:
      'Nach Versandkosten von {{shipping}} bei einer Bestellung über {{subtotal}} ({{percent}}\u00a0% der Zwischensumme) gegangen.',
  },
  stalled: {
    idle: 'Mehr als {{wait}} {{place}} verbracht, ohne weiterzugehen.',
    busy_one: 'Mehr als {{wait}} {{place}} verbracht ({{count}} Feldänderung), ohne weiterzugehen.',
    busy_other:
      'Mehr als {{wait}} {{place}} verbracht ({{count}} Feldänderungen), ohne weiterzugehen.',
  },
  stepRegression: {
    first: 'Zurück {{from}} {{to}}.',
    // German has one ordinal form; the others are English's, typed for completeness.
    again_ordinal_one: 'Zurück {{from}} {{to}} (zum {{count}}. Mal).',
    again_ordinal_two: 'Zurück {{from}} {{to}} (zum {{count}}. Mal).',
    again_ordinal_few: 'Zurück {{from}} {{to}} (zum {{count}}. Mal).',
    again_ordinal_other: 'Zurück {{from}} {{to}} (zum {{count}}. Mal).',
  },
  ended: {
    bought: 'Der Kunde hat um {{time}} gekauft: Der Checkout wurde abgeschlossen.',
    orderedElsewhere: 'Der Kunde hat um {{time}} {{channel}} bestellt.',
    notNeeded: 'Seit {{time}} nicht mehr nötig.',
    toldAsLeaving:
      'Als Verlassen gezählt: Der Kunde hat den Checkout bei diesem Schritt verlassen.',
    wentOn: 'Um {{time}} weiter {{place}}.',
    cameBack: 'Um {{time}} zum Checkout zurückgekehrt.',
    codeApplied: 'Der Code wurde um {{time}} angewendet.',
    noLongerShown: 'Seit {{time}} vom Checkout nicht mehr angezeigt.',
  },
  channel: {
    pos: 'am Point of Sale',
    shopify_draft_order: 'über einen Bestellentwurf',
    web: 'in einem anderen Online-Checkout',
    named: 'über {{name}}',
    unknown: 'über einen anderen Kanal',
  },
  score: {
    reason: '+{{points}} {{label}}: {{sentence}}',
    reasonRepeated: '+{{points}} {{label}} ({{times}}-mal): {{sentence}}',
    label: {
      promo_not_applied: 'Versprochener Rabatt nicht angewendet',
      promo_missing_on_order: 'Bestellung ohne den versprochenen Rabatt aufgegeben',
      code_rejected: 'Rabattcode abgelehnt',
      checkout_error: 'Checkout-Fehler gesehen',
      stalled: 'Bei einem Schritt hängen geblieben',
      step_regression: 'Einen Schritt zurückgegangen',
      repeated_edits: 'Ein Feld immer wieder bearbeitet',
      shipping_shock: 'Nach Anzeige der Versandkosten gegangen',
      payment_failed: 'Zahlung fehlgeschlagen',
      abandoned: 'Checkout verlassen',
    },
  },
  shopper: {
    returning: 'Laut Shopify ist dies nicht die erste Bestellung des Kunden.',
    first: 'Laut Shopify ist dies die erste Bestellung des Kunden.',
    signedIn:
      'Ein angemeldeter Kunde; ob er schon einmal bestellt hat, teilt Shopify mit, sobald die Bestellung aufgegeben ist.',
    notYet:
      'Ob der Kunde schon einmal bestellt hat, teilt Shopify mit, sobald die Bestellung aufgegeben ist.',
    unsaid: 'Shopify hat nicht mitgeteilt, ob der Kunde schon einmal bestellt hat.',
  },
};
