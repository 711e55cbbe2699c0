import type {Translation} from '../translation';
import type {findings as english} from '../en/findings';

export const findings: Translation<typeof english> = {
  promise: {
    freeShipping: 'la livraison gratuite',
    freeShippingOn: 'la livraison gratuite sur {{scope}}',
    offEntireOrder: '{{amount}} de réduction sur toute la commande',
    offOn: '{{amount}} de réduction sur {{scope}}',
    percent: '{{percent}} %',
    selectedProducts: 'une sélection de produits',
    selectedCollections: 'une sélection de collections',
  },
  value: {
    percentOff: '{{percent}} % de réduction',
    amountOff: '{{amount}} de réduction',
    freeShipping: 'la livraison gratuite',
  },
  // With its preposition, which French contracts with the article: « qu’au produit », « aux collections ».
  covered: {
    product_one: 'au produit {{titles}}',
    product_many: 'aux produits {{titles}}',
    product_other: 'aux produits {{titles}}',
    collection_one: 'à la collection {{titles}}',
    collection_many: 'aux collections {{titles}}',
    collection_other: 'aux collections {{titles}}',
    products_one: 'à {{count}} produit',
    products_many: 'à {{count}} produits',
    products_other: 'à {{count}} produits',
    collections_one: 'à {{count}} collection',
    collections_many: 'à {{count}} collections',
    collections_other: 'à {{count}} collections',
    productsSuchAs_one: 'à {{count}} produit, dont {{titles}}',
    productsSuchAs_many: 'à {{count}} produits, dont {{titles}}',
    productsSuchAs_other: 'à {{count}} produits, dont {{titles}}',
    collectionsSuchAs_one: 'à {{count}} collection, dont {{titles}}',
    collectionsSuchAs_many: 'à {{count}} collections, dont {{titles}}',
    collectionsSuchAs_other: 'à {{count}} collections, dont {{titles}}',
  },
  notFound: {
    explanation:
      'Le code {{code}} n’existe pas dans cette boutique : il sera refusé à chaque client qui l’essaiera.',
    fix: 'Créez {{code}} dans l’interface administrateur Shopify (Réductions), ou corrigez le code dans cette campagne et dans l’e-mail.',
  },
  expired: {
    explanation: '{{code}} a expiré, alors que l’e-mail le promet jusqu’au {{promiseEndsAt}}.',
    explanationOn:
      '{{code}} a expiré le {{endedAt}}, alors que l’e-mail le promet jusqu’au {{promiseEndsAt}}.',
    fix: 'Repoussez la date de fin de {{code}} au {{promiseEndsAt}} ou plus tard.',
  },
  notStarted: {
    explanation:
      '{{code}} commence le {{startsAt}}, après l’envoi de l’e-mail le {{sendAt}} : il sera refusé aux clients qui cliquent tout de suite.',
    fix: 'Avancez le début de {{code}} au {{sendAt}} ou plus tôt, ou envoyez l’e-mail plus tard.',
  },
  endsEarly: {
    explanation:
      '{{code}} se termine le {{endsAt}}, alors que l’e-mail promet l’offre jusqu’au {{promiseEndsAt}}.',
    fix: 'Prolongez {{code}} jusqu’au {{promiseEndsAt}}, ou modifiez la date de fin annoncée dans l’e-mail.',
  },
  kindMismatch: {
    explanation: 'L’e-mail promet {{promised}}, mais {{code}} accorde {{given}}.',
    fix: {
      percentage:
        'Transformez {{code}} en réduction en pourcentage, ou utilisez un code qui en est une.',
      fixedAmount:
        'Transformez {{code}} en réduction d’un montant fixe, ou utilisez un code qui en est une.',
      freeShipping:
        'Transformez {{code}} en réduction de livraison gratuite, ou utilisez un code qui en est une.',
    },
  },
  valueMismatch: {
    explanation: 'L’e-mail promet {{promised}}, mais {{code}} accorde {{given}}.',
    fix: 'Réglez {{code}} sur {{amount}} de réduction, ou corrigez l’e-mail avant son envoi.',
  },
  narrower: {
    explanation:
      'L’e-mail promet {{promise}}, mais {{code}} ne s’applique qu’{{covered}} : tout autre article du panier est facturé au plein tarif.',
    explanationMissed_one:
      'L’e-mail promet {{promise}}, mais {{code}} ne s’applique qu’{{covered}} : {{missed}} est donc facturé au plein tarif.',
    explanationMissed_many:
      'L’e-mail promet {{promise}}, mais {{code}} ne s’applique qu’{{covered}} : {{missed}} sont donc facturés au plein tarif.',
    explanationMissed_other:
      'L’e-mail promet {{promise}}, mais {{code}} ne s’applique qu’{{covered}} : {{missed}} sont donc facturés au plein tarif.',
    fix: 'Appliquez {{code}} à tous les produits, ou précisez dans l’e-mail les produits concernés par l’offre.',
    fixMissed: 'Ajoutez {{missed}} à {{code}} dans Shopify, ou retirez {{missed}} de l’e-mail.',
  },
  notChecked: {
    explanationPicked:
      'L’e-mail promet {{promise}}. {{code}} s’applique {{covered}}, et Heed n’a pas pu vérifier dans Shopify que cela couvre tout ce que l’e-mail mentionne.',
    explanationText:
      'L’e-mail promet {{promise}}, sous forme de texte, et {{code}} s’applique {{covered}}. Heed ne peut pas comparer un texte avec la réduction : ce point n’a donc pas été vérifié.',
    fixPicked: {
      products:
        'Ouvrez {{code}} dans Shopify et vérifiez qu’il couvre ce que l’e-mail mentionne, ou choisissez dans la campagne les mêmes produits que dans la réduction.',
      collections:
        'Ouvrez {{code}} dans Shopify et vérifiez qu’il couvre ce que l’e-mail mentionne, ou choisissez dans la campagne les mêmes collections que dans la réduction.',
    },
    fixText: {
      products:
        'Choisissez dans cette campagne les produits que l’e-mail mentionne, pour que Heed puisse vérifier que {{code}} les couvre.',
      collections:
        'Choisissez dans cette campagne les collections que l’e-mail mentionne, pour que Heed puisse vérifier que {{code}} les couvre.',
    },
  },
  // `promisedTo` carries its preposition: « à tous les abonnés », « aux segments ».
  audience: {
    explanation:
      '{{code}} ne peut être utilisé que par {{limitedTo}}, alors que l’e-mail le promet {{promisedTo}} : il sera refusé à tous les autres.',
    fix: 'Rendez {{code}} disponible pour tous les clients, ou pour le segment auquel l’e-mail est envoyé.',
    customers_one: '{{count}} client précis',
    customers_many: '{{count}} clients précis',
    customers_other: '{{count}} clients précis',
    segments_one: 'les clients du segment {{titles}}',
    segments_many: 'les clients des segments {{titles}}',
    segments_other: 'les clients des segments {{titles}}',
    everyone: 'à toutes les personnes qui reçoivent l’e-mail',
    emailSubscribers: 'à tous les abonnés aux e-mails',
    segment: 'aux segments que cible la campagne',
  },
  minimum: {
    subtotal: 'un sous-total d’au moins {{amount}}',
    quantity_one: 'au moins {{count}} article',
    quantity_many: 'au moins {{count}} articles',
    quantity_other: 'au moins {{count}} articles',
    explanationNeverMentioned:
      '{{code}} exige {{required}}, ce que l’e-mail ne mentionne jamais : en dessous, les clients n’obtiendront aucune réduction.',
    explanationUnderstated:
      '{{code}} exige {{required}}, alors que l’e-mail annonce un minimum plus bas : en dessous, les clients n’obtiendront aucune réduction.',
    fix: 'Retirez le minimum de {{code}}, ou indiquez « {{required}} » dans l’e-mail et dans la promesse de cette campagne.',
  },
  usage: {
    exhaustedExplanation:
      '{{code}} a été utilisé {{used}} fois et sa limite est de {{limit}} : il est épuisé et sera refusé à chaque client.',
    exhaustedFix: 'Augmentez ou supprimez la limite d’utilisation de {{code}}.',
    runsOutExplanation_one:
      '{{code}} peut encore être utilisé {{remaining}} fois, mais l’e-mail est envoyé à {{count}} personne : une fois la limite atteinte, il sera refusé aux clients suivants.',
    runsOutExplanation_many:
      '{{code}} peut encore être utilisé {{remaining}} fois, mais l’e-mail est envoyé à {{count}} personnes : une fois la limite atteinte, il sera refusé aux clients suivants.',
    runsOutExplanation_other:
      '{{code}} peut encore être utilisé {{remaining}} fois, mais l’e-mail est envoyé à {{count}} personnes : une fois la limite atteinte, il sera refusé aux clients suivants.',
    runsOutFix:
      'Portez la limite d’utilisation de {{code}} à au moins {{needed}}, ou supprimez-la.',
  },
  oncePerCustomer: {
    explanation:
      '{{code}} ne peut être utilisé qu’une fois par client : il sera refusé lors d’une deuxième commande à un client qui l’a déjà utilisé.',
    fix: 'Rien à faire si c’est voulu ; sinon, indiquez-le dans l’e-mail pour que personne ne soit surpris.',
  },
  automaticConflict: {
    explanation:
      'La réduction automatique « {{title}} », qui accorde {{value}}, est active sans date de fin et ne se combine pas avec {{code}} : Shopify peut l’appliquer à la place de l’offre promise.',
    explanationUntil:
      'La réduction automatique « {{title}} », qui accorde {{value}}, est active jusqu’au {{endsAt}} et ne se combine pas avec {{code}} : Shopify peut l’appliquer à la place de l’offre promise.',
    fix: 'Autorisez « {{title}} » et {{code}} à se combiner, ou mettez fin à « {{title}} » avant l’envoi de l’e-mail.',
  },
  wrongDomain: {
    explanation:
      'Ce lien mène à {{host}}, qui n’est pas cette boutique ({{hosts}}) : l’offre ne peut pas y être appliquée.',
    explanationNotWeb:
      'Ce lien n’est pas une adresse web de cette boutique : l’offre ne peut pas être appliquée depuis ce lien.',
    fix: 'Faites pointer le lien vers {{host}} ; utilisez les liens vérifiés que Heed génère pour cette campagne.',
  },
  missingCode: {
    explanation:
      'Ce lien ne contient ni le code ni utm_campaign={{attributionKey}} : les clients qui le suivent arrivent sans l’offre.',
    explanationForeign:
      'Ce lien applique le code {{foreignCode}}, qui n’est pas celui de cette campagne, et ne contient pas utm_campaign={{attributionKey}}.',
    fix: 'Remplacez-le par un lien vérifié, par exemple {{link}}.',
  },
  noCodeInEmail: {
    explanation:
      'Le texte de l’e-mail n’affiche jamais {{codes}} : si le lien ne fonctionne pas, le client ne peut ni saisir le code ni le lire à votre équipe au téléphone.',
    fix: 'Ajoutez une ligne comme « Votre code : {{code}} (appliqué automatiquement depuis cet e-mail) ».',
    either: '{{first}} ou {{last}}',
  },
};
