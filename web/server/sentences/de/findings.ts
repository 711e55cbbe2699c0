import type {Translation} from '../translation';
import type {findings as english} from '../en/findings';

export const findings: Translation<typeof english> = {
  // As the object of "verspricht" and "gewährt": in the accusative.
  promise: {
    freeShipping: 'kostenlosen Versand',
    freeShippingOn: 'kostenlosen Versand für {{scope}}',
    offEntireOrder: '{{amount}} Rabatt auf die gesamte Bestellung',
    offOn: '{{amount}} Rabatt auf {{scope}}',
    percent: '{{percent}} %',
    selectedProducts: 'ausgewählte Produkte',
    selectedCollections: 'ausgewählte Kollektionen',
  },
  value: {
    percentOff: '{{percent}} % Rabatt',
    amountOff: '{{amount}} Rabatt',
    freeShipping: 'kostenlosen Versand',
  },
  covered: {
    product_one: 'das Produkt {{titles}}',
    product_other: 'die Produkte {{titles}}',
    collection_one: 'die Kollektion {{titles}}',
    collection_other: 'die Kollektionen {{titles}}',
    products_one: '{{count}} Produkt',
    products_other: '{{count}} Produkte',
    collections_one: '{{count}} Kollektion',
    collections_other: '{{count}} Kollektionen',
    productsSuchAs_one: '{{count}} Produkt, darunter {{titles}}',
    productsSuchAs_other: '{{count}} Produkte, darunter {{titles}}',
    collectionsSuchAs_one: '{{count}} Kollektion, darunter {{titles}}',
    collectionsSuchAs_other: '{{count}} Kollektionen, darunter {{titles}}',
  },
  notFound: {
    explanation:
      'Den Code {{code}} gibt es in diesem Shop nicht: Er wird bei allen Kunden abgelehnt, die ihn eingeben.',
    fix: 'Erstellen Sie {{code}} im Shopify-Adminbereich (Rabatte) oder korrigieren Sie den Code in dieser Kampagne und in der E-Mail.',
  },
  expired: {
    explanation:
      '{{code}} ist abgelaufen, die E-Mail verspricht ihn aber bis zum {{promiseEndsAt}}.',
    explanationOn:
      '{{code}} ist am {{endedAt}} abgelaufen, die E-Mail verspricht ihn aber bis zum {{promiseEndsAt}}.',
    fix: 'Verlängern Sie das Enddatum von {{code}} auf den {{promiseEndsAt}} oder später.',
  },
  notStarted: {
    explanation:
      '{{code}} beginnt am {{startsAt}}, also nach dem Versand der E-Mail am {{sendAt}}: Bei Kunden, die sofort klicken, wird er abgelehnt.',
    fix: 'Verlegen Sie den Beginn von {{code}} auf den {{sendAt}} oder früher oder versenden Sie die E-Mail später.',
  },
  endsEarly: {
    explanation:
      '{{code}} endet am {{endsAt}}, die E-Mail verspricht das Angebot aber bis zum {{promiseEndsAt}}.',
    fix: 'Verlängern Sie {{code}} bis zum {{promiseEndsAt}} oder ändern Sie das Enddatum, das die E-Mail ankündigt.',
  },
  kindMismatch: {
    explanation: 'Die E-Mail verspricht {{promised}}, aber {{code}} gewährt {{given}}.',
    fix: {
      percentage:
        'Machen Sie {{code}} zu einem prozentualen Rabatt oder verwenden Sie einen Code, der einer ist.',
      fixedAmount:
        'Machen Sie {{code}} zu einem Rabatt mit festem Betrag oder verwenden Sie einen Code, der einer ist.',
      freeShipping:
        'Machen Sie {{code}} zu einem Rabatt für kostenlosen Versand oder verwenden Sie einen Code, der einer ist.',
    },
  },
  valueMismatch: {
    explanation: 'Die E-Mail verspricht {{promised}}, aber {{code}} gewährt {{given}}.',
    fix: 'Stellen Sie {{code}} auf {{amount}} Rabatt ein oder korrigieren Sie die E-Mail vor dem Versand.',
  },
  narrower: {
    explanation:
      'Die E-Mail verspricht {{promise}}, aber {{code}} gilt nur für {{covered}}: Alles andere im Warenkorb wird zum vollen Preis berechnet.',
    explanationMissed_one:
      'Die E-Mail verspricht {{promise}}, aber {{code}} gilt nur für {{covered}}, daher wird {{missed}} zum vollen Preis berechnet.',
    explanationMissed_other:
      'Die E-Mail verspricht {{promise}}, aber {{code}} gilt nur für {{covered}}, daher werden {{missed}} zum vollen Preis berechnet.',
    fix: 'Lassen Sie {{code}} für alle Produkte gelten oder nennen Sie in der E-Mail die Produkte, für die das Angebot gilt.',
    fixMissed:
      'Fügen Sie {{missed}} in Shopify zu {{code}} hinzu oder nehmen Sie {{missed}} aus der E-Mail heraus.',
  },
  notChecked: {
    explanationPicked:
      'Die E-Mail verspricht {{promise}}. {{code}} gilt für {{covered}}, und Heed konnte anhand von Shopify nicht feststellen, ob das alles abdeckt, was die E-Mail nennt.',
    explanationText:
      'Die E-Mail verspricht {{promise}}, als Text formuliert, und {{code}} gilt für {{covered}}. Heed kann Text nicht mit dem Rabatt vergleichen, daher wurde dies nicht geprüft.',
    fixPicked: {
      products:
        'Öffnen Sie {{code}} in Shopify und prüfen Sie, ob er abdeckt, was die E-Mail nennt, oder wählen Sie in der Kampagne dieselben Produkte wie im Rabatt.',
      collections:
        'Öffnen Sie {{code}} in Shopify und prüfen Sie, ob er abdeckt, was die E-Mail nennt, oder wählen Sie in der Kampagne dieselben Kollektionen wie im Rabatt.',
    },
    fixText: {
      products:
        'Wählen Sie in dieser Kampagne die Produkte, die die E-Mail nennt, damit Heed prüfen kann, ob {{code}} sie abdeckt.',
      collections:
        'Wählen Sie in dieser Kampagne die Kollektionen, die die E-Mail nennt, damit Heed prüfen kann, ob {{code}} sie abdeckt.',
    },
  },
  // `limitedTo` follows "von" and `promisedTo` is the dative object of "verspricht".
  audience: {
    explanation:
      '{{code}} kann nur von {{limitedTo}} verwendet werden, die E-Mail verspricht ihn aber {{promisedTo}}; bei allen anderen wird er abgelehnt.',
    fix: 'Stellen Sie {{code}} allen Kunden zur Verfügung oder dem Segment, an das die E-Mail geht.',
    customers_one: '{{count}} bestimmten Kunden',
    customers_other: '{{count}} bestimmten Kunden',
    segments_one: 'Kunden des Segments {{titles}}',
    segments_other: 'Kunden der Segmente {{titles}}',
    everyone: 'allen, die die E-Mail erhalten',
    emailSubscribers: 'allen E-Mail-Abonnenten',
    segment: 'den Segmenten, an die sich die Kampagne richtet',
  },
  minimum: {
    subtotal: 'eine Zwischensumme von mindestens {{amount}}',
    quantity_one: 'mindestens {{count}} Artikel',
    quantity_other: 'mindestens {{count}} Artikel',
    explanationNeverMentioned:
      '{{code}} erfordert {{required}}, was die E-Mail nirgends erwähnt: Darunter erhalten Kunden keinen Rabatt.',
    explanationUnderstated:
      '{{code}} erfordert {{required}}, die E-Mail nennt aber einen niedrigeren Mindestwert: Darunter erhalten Kunden keinen Rabatt.',
    fix: 'Entfernen Sie den Mindestwert von {{code}} oder geben Sie „{{required}}“ in der E-Mail und im Versprechen dieser Kampagne an.',
  },
  usage: {
    exhaustedExplanation:
      '{{code}} wurde {{used}} Mal verwendet und sein Limit liegt bei {{limit}}: Er ist aufgebraucht und wird bei allen Kunden abgelehnt.',
    exhaustedFix: 'Erhöhen oder entfernen Sie das Nutzungslimit von {{code}}.',
    runsOutExplanation_one:
      '{{code}} kann noch {{remaining}} Mal verwendet werden, die E-Mail geht aber an {{count}} Person: Sobald er aufgebraucht ist, wird er bei späteren Kunden abgelehnt.',
    runsOutExplanation_other:
      '{{code}} kann noch {{remaining}} Mal verwendet werden, die E-Mail geht aber an {{count}} Personen: Sobald er aufgebraucht ist, wird er bei späteren Kunden abgelehnt.',
    runsOutFix:
      'Erhöhen Sie das Nutzungslimit von {{code}} auf mindestens {{needed}} oder entfernen Sie es.',
  },
  oncePerCustomer: {
    explanation:
      '{{code}} kann nur einmal pro Kunde verwendet werden: Wer ihn bereits verwendet hat, dem wird er bei einer zweiten Bestellung abgelehnt.',
    fix: 'Nichts zu tun, wenn das so gewollt ist; andernfalls erwähnen Sie es in der E-Mail, damit niemand überrascht wird.',
  },
  automaticConflict: {
    explanation:
      'Der automatische Rabatt „{{title}}“, der {{value}} gewährt, ist ohne Enddatum aktiv und nicht mit {{code}} kombinierbar: Shopify kann ihn anstelle des versprochenen Angebots anwenden.',
    explanationUntil:
      'Der automatische Rabatt „{{title}}“, der {{value}} gewährt, ist bis zum {{endsAt}} aktiv und nicht mit {{code}} kombinierbar: Shopify kann ihn anstelle des versprochenen Angebots anwenden.',
    fix: 'Erlauben Sie, dass „{{title}}“ und {{code}} miteinander kombiniert werden, oder beenden Sie „{{title}}“, bevor die E-Mail versendet wird.',
  },
  wrongDomain: {
    explanation:
      'Dieser Link führt zu {{host}}, das nicht zu diesem Shop gehört ({{hosts}}): Das Angebot kann dort nicht angewendet werden.',
    explanationNotWeb:
      'Dieser Link ist keine Webadresse dieses Shops: Das Angebot kann darüber nicht angewendet werden.',
    fix: 'Lassen Sie den Link auf {{host}} verweisen; verwenden Sie die geprüften Links, die Heed für diese Kampagne erstellt.',
  },
  missingCode: {
    explanation:
      'Dieser Link enthält weder den Code noch utm_campaign={{attributionKey}}: Kunden, die ihm folgen, kommen ohne das Angebot an.',
    explanationForeign:
      'Dieser Link wendet den Code {{foreignCode}} an, der nicht zu dieser Kampagne gehört, und enthält kein utm_campaign={{attributionKey}}.',
    fix: 'Ersetzen Sie ihn durch einen geprüften Link wie {{link}}.',
  },
  noCodeInEmail: {
    explanation:
      'Der Text der E-Mail zeigt {{codes}} nirgends: Funktioniert der Link nicht, können Kunden den Code weder eingeben noch Ihrem Team am Telefon vorlesen.',
    fix: 'Fügen Sie eine Zeile wie „Ihr Code: {{code}} (wird über diese E-Mail automatisch angewendet)“ hinzu.',
    either: '{{first}} oder {{last}}',
  },
};
