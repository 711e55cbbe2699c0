import type {Translation} from '../translation';
import type {cases as english} from '../en/cases';

export const cases: Translation<typeof english> = {
  said: '{{said}}',
  people: {
    someone: 'ein Mitarbeiter',
    Someone: 'Ein Mitarbeiter',
    themselves: 'sich selbst',
    theLeads: 'die Leitung',
    aLead: 'eine Leitung',
  },
  timeline: {
    claimed: '{{who}} hat den Fall übernommen.',
    tookOver: '{{who}} hat den Fall von {{from}} übernommen.',
    handedOver: '{{who}} hat den Fall an {{to}} übergeben.',
    note: '{{who}} hat eine Notiz hinzugefügt: „{{text}}“',
    snoozed: '{{who}} hat den Fall bis {{until}} zurückgestellt.',
    snoozeEnded: 'Die Zurückstellung ist abgelaufen; der Fall ist wieder im Posteingang.',
    woke: '{{who}} hat den Fall wieder aufgenommen.',
    resolved: '{{who}} hat den Fall gelöst: {{outcome}}.',
    resolvedWithNote: '{{who}} hat den Fall gelöst: {{outcome}}. Notiz: „{{note}}“',
    reopened: '{{who}} hat den Fall wieder geöffnet.',
    reopenedBecause: '{{who}} hat den Fall wieder geöffnet: {{why}}.',
    called: '{{who}} hat den Kunden angerufen: {{outcome}}.',
    invoiceSent: '{{who}} hat dem Kunden die Rechnung zum Bestellentwurf gesendet.',
    emailed: '{{who}} hat dem Kunden eine E-Mail gesendet.',
    wroteFromOwnMail: '{{who}} hat dem Kunden aus dem eigenen Postfach geschrieben.',
    withBasis: '{{line}} Grundlage: {{basis}}',
    pastReplyCheck: '{{line}} Trotz der Antwortprüfung gesendet: {{warnings}}',
    alsoSaid: '{{first}} {{then}}',
    alreadyOrdered:
      'Der Kunde hat bereits bestellt: {{order}} um {{at}}. Es wurde nichts gesendet, und der Fall ist als Kauf gelöst.',
    draftOrderCreated: 'Bestellentwurf {{name}} erstellt: {{discount}}',
    draftOrderCreatedWithout:
      'Bestellentwurf {{name}} erstellt: {{discount}} Nicht übernommen (keine Variante): {{lines}}.',
    droppedLine: '{{quantity}} × {{title}}',
    listed: '{{list}}, {{line}}',
    untitledLine: 'ein Artikel ohne Titel',
    invoiceSentByShopify:
      'Rechnung für {{name}} von Shopify mit der Nachricht gesendet. Grundlage: {{basis}}',
    refunded:
      '{{amount}} auf {{order}} erstattet: die Differenz, die dem Kunden laut Versprechen zustand.',
    resolvedPurchased: 'Als Kauf gelöst: Der Kunde hat {{how}} um {{at}} bestellt.',
    stillOwed: 'Der Kunde hat {{how}} um {{at}} bestellt; der versprochene Rabatt steht noch aus.',
    contactCancelled: 'Es wird kein Kontakt aufgenommen: Der Kunde hat gekauft.',
    statusRead: 'Der Status des Kunden wurde aus Shopify gelesen.',
    statusNotRefreshed: 'Der Status des Kunden konnte nicht aktualisiert werden: {{reason}}.',
    openedByRule: 'Durch die Regel „{{rule}}“ für {{assignee}} eröffnet: {{headline}}',
    openedByRuleUnassigned:
      'Durch die Regel „{{rule}}“ eröffnet, nicht zugewiesen: Niemand ist im Dienst: {{headline}}',
    reopenedBy: 'Wieder geöffnet: {{headline}}',
    raised: 'Priorität auf {{priority}} erhöht: {{headline}}',
    joined: 'Ein weiterer Checkout kam zum Fall hinzu: {{headline}}',
    openedAsked:
      'Eröffnet, weil der Kunde {{surface}} um einen persönlichen Kontakt gebeten hat, per {{channel}}, für {{assignee}}. {{told}}',
    openedAskedUnassigned:
      'Eröffnet, weil der Kunde {{surface}} um einen persönlichen Kontakt gebeten hat, per {{channel}}, nicht zugewiesen: Niemand ist im Dienst. {{told}}',
    asked:
      'Der Kunde hat {{surface}} um einen persönlichen Kontakt gebeten, per {{channel}}. {{told}}',
    askedAgain: 'Der Kunde hat {{surface}} erneut gefragt, jetzt per {{channel}}. {{told}}',
    toldAndDeadline:
      'Ihm wurde ein Kontakt {{told}} in Aussicht gestellt; die Frist folgt {{sla}}.',
    escalated:
      'Der erste Kontakt war um {{at}} fällig, und niemand hat den Kunden kontaktiert: an {{leads}} eskaliert.',
  },
  outcome: {
    purchased: 'Der Kunde hat gekauft',
    resumed_by_draft_order: 'Die Bestellung wurde per Bestellentwurf fortgesetzt',
    difference_refunded: 'Die Differenz wurde erstattet',
    will_buy_later: 'Der Kunde kauft später',
    not_interested: 'Der Kunde ist nicht interessiert',
    unreachable: 'Der Kunde war nicht erreichbar',
  },
  call: {
    reached: 'erreicht',
    voicemail: 'auf die Mailbox gesprochen',
    no_answer: 'keine Antwort',
    wrong_number: 'falsche Nummer',
  },
  priority: {
    urgent: 'dringend',
    high: 'hoch',
    normal: 'normal',
  },
  channel: {
    phone: 'Telefon',
    email: 'E-Mail',
    invoice: 'Rechnung',
  },
  surface: {
    checkout: 'im Checkout',
    thank_you: 'auf der Danke-Seite',
  },
  orderedThrough: {
    heedDraftOrder: 'über den Bestellentwurf, den Heed für diesen Fall erstellt hat,',
    draftOrder: 'über einen Bestellentwurf',
    pointOfSale: 'im Ladengeschäft (POS)',
    online: 'online',
    other: 'über {{source}}',
  },
  told: {
    within: 'innerhalb von etwa {{duration}}',
    afterOpening: 'nach Öffnung des Shops, {{day}} {{time}}',
    by: 'bis {{day}} {{time}}',
  },
  duration: {
    minutes_one: '{{count}} Minute',
    minutes_other: '{{count}} Minuten',
    hours_one: '{{count}} Stunde',
    hours_other: '{{count}} Stunden',
    days_one: '{{count}} Tag',
    days_other: '{{count}} Tagen',
    hoursAndMinutes: '{{hours}} {{minutes}}',
  },
  sla: {
    rule: 'der Regel „{{rule}}“ ({{minutes}})',
    quickestRule: 'der schnellsten Regel des Shops, „{{rule}}“ ({{minutes}})',
    default: 'der Vorgabe von Heed für Kunden, die um Kontakt gebeten haben ({{minutes}})',
  },
  basis: {
    may: 'Heed darf diesen Kunden kontaktieren: {{why}}.',
    mayNot:
      'Heed darf diesen Kunden nicht kontaktieren: {{why}}, kein Versprechen des Shops wurde gebrochen, und er hat nicht um Hilfe gebeten.',
    shopperAsked: 'Der Kunde hat um Hilfe gebeten',
    promoNotApplied: 'Der vom Shop versprochene Rabatt wurde nicht angewendet',
    promoMissingOnOrder: 'Die Bestellung wurde ohne den vom Shop versprochenen Rabatt aufgegeben',
    brokePromise: 'Der Shop hat ein Versprechen nicht gehalten',
    subscribed: 'Der Kunde hat E-Mail-Marketing abonniert',
    acceptedAtCheckout: 'Der Kunde hat im Checkout E-Mail-Marketing zugestimmt',
    notSubscribed: 'Der Kunde hat E-Mail-Marketing nicht abonniert',
    pending: 'Der Kunde hat sein E-Mail-Marketing-Abonnement noch nicht bestätigt',
    unsubscribed: 'Der Kunde hat E-Mail-Marketing abbestellt',
    redacted: 'Die Daten des Kunden wurden gelöscht',
    invalid: 'Die E-Mail-Adresse des Kunden ist ungültig',
    declinedAtCheckout: 'Der Kunde hat E-Mail-Marketing nicht zugestimmt',
    nothingSays: 'Nichts deutet darauf hin, dass der Kunde E-Mail-Marketing zustimmt',
  },
  label: {
    asked: 'Ein Kunde hat um einen persönlichen Kontakt gebeten.',
    statusNotRead: 'Status noch nicht gelesen',
    statusNotRefreshed: 'Status nicht aktualisiert',
    guest: 'Gast',
    newCustomer: 'Neuer Kunde · noch keine Bestellungen',
    returning_one: 'Wiederkehrender Kunde · {{count}} Bestellung',
    returning_other: 'Wiederkehrender Kunde · {{count}} Bestellungen',
  },
  shopper: {
    notRead: 'Der Status des Kunden wurde noch nicht aus Shopify gelesen',
    unavailable: '{{reason}}, daher konnte der Status des Kunden nicht aktualisiert werden',
    guestCheckout: 'Gast-Checkout',
    noAccount: 'kein Kundenkonto',
    newSince: 'Neuer Kunde (Konto seit {{month}})',
    customerSince: 'Kunde seit {{month}}',
    noOrders: 'noch keine Bestellungen',
    orders_one: '{{count}} Bestellung',
    orders_other: '{{count}} Bestellungen',
    noEmail: 'keine E-Mail-Adresse',
    consentUnknown: 'E-Mail-Einwilligung unbekannt',
    hasPhone: 'Telefonnummer vorhanden',
    spent: '{{amount}} ausgegeben',
    orderedAgain: 'Seitdem erneut bestellt: {{orders}}',
    orderThrough: '{{name}} ({{channel}})',
    draftOrder: 'Bestellentwurf',
    pointOfSale: 'POS',
    marketing: {
      SUBSCRIBED: 'E-Mails abonniert',
      NOT_SUBSCRIBED: 'E-Mails nicht abonniert',
      PENDING: 'E-Mail-Abonnement noch nicht bestätigt',
      UNSUBSCRIBED: 'E-Mails abbestellt',
      REDACTED: 'E-Mail gelöscht',
      INVALID: 'E-Mail-Adresse ungültig',
    },
  },
  shopify: {
    throttled: 'Shopify ist gerade ausgelastet (Ratenlimit); versuchen Sie es gleich noch einmal',
    unauthorized:
      'Shopify hat Heed den Zugriff auf den Shop verweigert; öffnen Sie Heed im Shopify-Adminbereich, um die Verbindung wiederherzustellen',
    invalid_response: 'Shopify hat in einer Form geantwortet, die Heed nicht lesen konnte',
    graphql_errors: 'Shopify hat die Anfrage abgelehnt',
    unreachable: 'Shopify war nicht erreichbar',
  },
  page: {
    slackChannel: 'den Slack-Kanal',
    orderById: 'Bestellung {{id}}',
    theOrder: 'die Bestellung',
  },
  draftOrder: {
    noLines: 'Der Checkout enthielt keine Warenkorbpositionen für einen Bestellentwurf',
    noVariants:
      'Keine Position des Checkouts nennt eine Produktvariante, daher kann keine in einen Bestellentwurf übernommen werden',
    noPromise: 'Kein Versprechen einzulösen.',
    promisedCode: 'Der versprochene Code {{code}} ist im Bestellentwurf enthalten.',
    codeCannotApply: 'Der Code {{code}} kann nicht angewendet werden',
    campaignCodeCannotApply: 'Der Code der Kampagne kann nicht angewendet werden',
    termsNotKept:
      '{{why}}, und die Bedingungen des Versprechens wurden nicht gespeichert: Fügen Sie „{{promise}}“ in Shopify zum Bestellentwurf hinzu, bevor Sie ihn senden.',
    freeShipping: '{{why}}, daher wird der Bestellentwurf wie versprochen kostenlos versendet.',
    equalPercentage:
      '{{why}}, daher enthält der Bestellentwurf einen gleichwertigen Rabatt von {{value}} %.',
    equalAmount:
      '{{why}}, daher enthält der Bestellentwurf einen gleichwertigen Rabatt von {{amount}} {{currency}}.',
    wholeOrder:
      'Er gilt für die gesamte Bestellung, während das Versprechen {{covered}} umfasste: Passen Sie ihn bei Bedarf in Shopify an.',
    someScope: 'bestimmte Artikel ({{type}})',
  },
  reply: {
    history_one: 'der Kunde hat {{count}}-mal bestellt',
    history_other: 'der Kunde hat {{count}}-mal bestellt',
    historySince_one: 'der Kunde hat {{count}}-mal bestellt und ist seit {{since}} Kunde',
    historySince_other: 'der Kunde hat {{count}}-mal bestellt und ist seit {{since}} Kunde',
    callsNew: '„{{said}}“ nennt den Kunden neu, aber {{history}}.',
    registeringReturning:
      '„{{said}}“: {{history}}; diese Nachricht betrifft ein Problem, keine Anmeldung.',
    registering:
      '„{{said}}“: Der Kunde hat sich nicht registriert; diese Nachricht betrifft ein Problem.',
    asksForCode: '„{{said}}“ fragt nach einem Code, aber die E-Mail hat nie einen gezeigt.',
    otherCode: '{{codes}} ist nicht der Code der Kampagne ({{campaignCodes}}).',
    otherValue: 'Die Nachricht nennt {{said}}; die Kampagne hat {{promised}} versprochen.',
    missesProblem: 'Die Nachricht nennt das Problem nicht: {{problem}}.',
    orderedSince: 'Der Kunde hat seitdem bereits bestellt: {{order}}.',
    found_one: 'Heed hat ein Problem in dieser Nachricht gefunden: {{warnings}}',
    found_other: 'Heed hat {{count}} Probleme in dieser Nachricht gefunden: {{warnings}}',
    problem: {
      promise_not_applied: 'Der versprochene Rabatt wurde nicht angewendet',
      promise_missing_on_order: 'Die Bestellung wurde ohne den versprochenen Rabatt bezahlt',
      code_refused: 'Der Checkout hat den Rabattcode abgelehnt',
      checkout_problem: 'Die Zahlung oder der Checkout ist fehlgeschlagen',
      abandoned_cart: 'Der Warenkorb wurde verlassen',
    },
  },
  refund: {
    noDifference: 'Es gibt keine Differenz zu erstatten',
    noSuchOrder: 'Shopify kennt diese Bestellung nicht mehr',
    notRefundable: 'Bestellung {{order}} kann nicht mehr erstattet werden',
    noPayment:
      'Keine Zahlung der Bestellung {{order}} kann eine Erstattung von {{amount}} {{currency}} aufnehmen',
    unknownOutcome: 'Shopify hat nicht mitgeteilt, was aus der Erstattung geworden ist',
  },
  outcomesQuery: {
    weekNotBegun: 'Die Woche vom {{week}} hat noch nicht begonnen.',
    noSuchCampaign: 'Dieser Shop hat keine Kampagne mit dieser ID.',
  },
  refusal: {
    resolvedReopenFirst: 'Der Fall ist gelöst; öffnen Sie ihn zuerst wieder.',
    alreadyHas: '{{who}} hat den Fall bereits.',
    writeNoteFirst: 'Schreiben Sie zuerst die Notiz.',
    snoozeInFuture: 'Wählen Sie einen Zeitpunkt in der Zukunft, bis zu dem zurückgestellt wird.',
    notSnoozed: 'Der Fall ist nicht zurückgestellt.',
    stillOpen: 'Der Fall ist noch offen.',
    keptChanging:
      'Der Fall hat sich während Ihrer Aktion geändert; laden Sie ihn neu und versuchen Sie es erneut.',
    statusUnavailableBeforeContact:
      'Shopify war nicht erreichbar, um zu prüfen, ob der Kunde seitdem bestellt hat, daher wurde nichts gesendet. Versuchen Sie es gleich noch einmal.',
    statusUnavailableBeforeResume:
      'Shopify war nicht erreichbar, um zu prüfen, ob der Kunde seitdem bestellt hat; versuchen Sie es gleich noch einmal.',
    noEmailForMessage:
      'Shopify hat keine E-Mail-Adresse für diesen Kunden; rufen Sie ihn an oder kopieren Sie die Nachricht.',
    noEmailForInvoice:
      'Shopify hat keine E-Mail-Adresse für diesen Kunden; lesen Sie ihm den Rechnungslink am Telefon vor.',
    emailNotSent: 'Die E-Mail wurde nicht gesendet: {{error}}',
    orderedSinceNothingToResume:
      'Der Kunde hat seitdem bereits bestellt ({{order}}); es gibt nichts fortzusetzen.',
    noCart: 'Heed hat für diesen Kunden keinen Warenkorb zum Fortsetzen gesehen.',
    resumeFirst: 'Setzen Sie zuerst die Bestellung fort.',
    draftOrderNotCreated: 'Shopify hat den Bestellentwurf nicht erstellt: {{reason}}',
    invoiceNotSent: 'Shopify hat die Rechnung nicht gesendet: {{reason}}',
    nothingOwed: 'Heed kennt keine bezahlte Bestellung, der der versprochene Rabatt fehlte.',
    refundNotMade: 'Shopify hat die Erstattung nicht vorgenommen: {{reason}}',
    onlyFailedRetried: 'Nur eine fehlgeschlagene Benachrichtigung kann erneut gesendet werden',
  },
};
