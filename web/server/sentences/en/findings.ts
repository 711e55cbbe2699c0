/**
 * What campaign verification finds, as the campaign's report says it. English keeps the "(s)" its
 * findings have always written; the other languages choose their plural from `count`.
 */
export const findings = {
  promise: {
    freeShipping: 'free shipping',
    freeShippingOn: 'free shipping {{scope}}',
    offEntireOrder: '{{amount}} off the entire order',
    offOn: '{{amount}} off {{scope}}',
    percent: '{{percent}}%',
    selectedProducts: 'selected products',
    selectedCollections: 'selected collections',
  },
  value: {
    percentOff: '{{percent}}% off',
    amountOff: '{{amount}} off',
    freeShipping: 'free shipping',
  },
  covered: {
    product_one: 'the product {{titles}}',
    product_other: 'the products {{titles}}',
    collection_one: 'the collection {{titles}}',
    collection_other: 'the collections {{titles}}',
    products_one: '{{count}} product(s)',
    products_other: '{{count}} product(s)',
    collections_one: '{{count}} collection(s)',
    collections_other: '{{count}} collection(s)',
    productsSuchAs_one: '{{count}} product(s), such as {{titles}}',
    productsSuchAs_other: '{{count}} product(s), such as {{titles}}',
    collectionsSuchAs_one: '{{count}} collection(s), such as {{titles}}',
    collectionsSuchAs_other: '{{count}} collection(s), such as {{titles}}',
  },
  notFound: {
    explanation:
      'The code {{code}} does not exist in this shop, so every shopper who tries it will see it rejected.',
    fix: 'Create {{code}} in Shopify admin (Discounts), or correct the code in this campaign and in the email.',
  },
  expired: {
    explanation: '{{code}} expired, but the email promises it until {{promiseEndsAt}}.',
    explanationOn:
      '{{code}} expired on {{endedAt}}, but the email promises it until {{promiseEndsAt}}.',
    fix: 'Extend the end date of {{code}} to {{promiseEndsAt}} or later.',
  },
  notStarted: {
    explanation:
      '{{code}} starts on {{startsAt}}, after the email goes out on {{sendAt}}: shoppers who click right away will see it rejected.',
    fix: 'Move the start of {{code}} to {{sendAt}} or earlier, or send the email later.',
  },
  endsEarly: {
    explanation:
      '{{code}} ends on {{endsAt}}, but the email promises the offer until {{promiseEndsAt}}.',
    fix: 'Extend {{code}} to {{promiseEndsAt}}, or change the end date the email announces.',
  },
  kindMismatch: {
    explanation: 'The email promises {{promised}}, but {{code}} gives {{given}}.',
    fix: {
      percentage: 'Change {{code}} to a percentage discount, or use a code that is one.',
      fixedAmount: 'Change {{code}} to a fixed amount discount, or use a code that is one.',
      freeShipping: 'Change {{code}} to a free shipping discount, or use a code that is one.',
    },
  },
  valueMismatch: {
    explanation: 'The email promises {{promised}}, but {{code}} gives {{given}}.',
    fix: 'Set {{code}} to {{amount}} off, or correct the email before it is sent.',
  },
  narrower: {
    explanation:
      'The email promises {{promise}}, but {{code}} only applies to {{covered}}: anything else in the cart is charged full price.',
    explanationMissed_one:
      'The email promises {{promise}}, but {{code}} only applies to {{covered}}, so {{missed}} is charged full price.',
    explanationMissed_other:
      'The email promises {{promise}}, but {{code}} only applies to {{covered}}, so {{missed}} are charged full price.',
    fix: 'Set {{code}} to apply to all products, or say in the email which products the offer covers.',
    fixMissed: 'Add {{missed}} to {{code}} in Shopify, or take {{missed}} out of the email.',
  },
  notChecked: {
    explanationPicked:
      'The email promises {{promise}}. {{code}} applies to {{covered}}, and Heed could not tell from Shopify whether that covers everything the email names.',
    explanationText:
      'The email promises {{promise}}, written as text, and {{code}} applies to {{covered}}. Heed cannot compare text with the discount, so this was not checked.',
    fixPicked: {
      products:
        'Open {{code}} in Shopify and check that it covers what the email names, or pick the same products in the campaign as in the discount.',
      collections:
        'Open {{code}} in Shopify and check that it covers what the email names, or pick the same collections in the campaign as in the discount.',
    },
    fixText: {
      products:
        'Pick the products the email names in this campaign, so Heed can check that {{code}} covers them.',
      collections:
        'Pick the collections the email names in this campaign, so Heed can check that {{code}} covers them.',
    },
  },
  audience: {
    explanation:
      '{{code}} can only be used by {{limitedTo}}, but the email promises it to {{promisedTo}}; others will see it rejected.',
    fix: 'Make {{code}} available to all customers, or to the segment the email is sent to.',
    customers_one: '{{count}} specific customer(s)',
    customers_other: '{{count}} specific customer(s)',
    segments_one: 'the segment(s) {{titles}}',
    segments_other: 'the segment(s) {{titles}}',
    everyone: 'everyone who gets the email',
    emailSubscribers: 'every email subscriber',
    segment: 'the segment(s) the campaign targets',
  },
  minimum: {
    subtotal: 'a subtotal of at least {{amount}}',
    quantity_one: 'at least {{count}} item(s)',
    quantity_other: 'at least {{count}} item(s)',
    explanationNeverMentioned:
      '{{code}} needs {{required}}, which the email never mentions: shoppers below it will see no discount.',
    explanationUnderstated:
      '{{code}} needs {{required}}, which the email understates: shoppers below it will see no discount.',
    fix: 'Remove the minimum from {{code}}, or state "{{required}}" in the email and in this campaign\'s promise.',
  },
  usage: {
    exhaustedExplanation:
      '{{code}} has been used {{used}} time(s) and its limit is {{limit}}: it is exhausted and every shopper will see it rejected.',
    exhaustedFix: 'Raise or remove the usage limit of {{code}}.',
    runsOutExplanation_one:
      '{{code}} can be used {{remaining}} more time(s), but the email goes to {{count}} people: once it runs out, later shoppers will see it rejected.',
    runsOutExplanation_other:
      '{{code}} can be used {{remaining}} more time(s), but the email goes to {{count}} people: once it runs out, later shoppers will see it rejected.',
    runsOutFix: 'Raise the usage limit of {{code}} to at least {{needed}}, or remove it.',
  },
  oncePerCustomer: {
    explanation:
      '{{code}} can be used once per customer: a shopper who already used it will see it rejected on a second order.',
    fix: 'Nothing to do if that is intended; otherwise say it in the email so nobody is surprised.',
  },
  automaticConflict: {
    explanation:
      'The automatic discount “{{title}}” ({{value}}) is active with no end date and does not combine with {{code}}: Shopify may apply it instead of the promised offer.',
    explanationUntil:
      'The automatic discount “{{title}}” ({{value}}) is active until {{endsAt}} and does not combine with {{code}}: Shopify may apply it instead of the promised offer.',
    fix: 'Let “{{title}}” and {{code}} combine with each other, or end “{{title}}” before the email goes out.',
  },
  wrongDomain: {
    explanation:
      'This link goes to {{host}}, which is not this shop ({{hosts}}): the offer cannot be applied there.',
    explanationNotWeb:
      'This link is not a web address of this shop: the offer cannot be applied from it.',
    fix: 'Point the link at {{host}}; use the verified links Heed generates for this campaign.',
  },
  missingCode: {
    explanation:
      'This link carries neither the code nor utm_campaign={{attributionKey}}: shoppers who follow it arrive without the offer.',
    explanationForeign:
      "This link applies the code {{foreignCode}}, which is not this campaign's code, and carries no utm_campaign={{attributionKey}}.",
    fix: 'Replace it with a verified link such as {{link}}.',
  },
  noCodeInEmail: {
    explanation:
      'The email text never shows {{codes}}: a shopper whose link fails cannot type the code, nor read it to your staff on the phone.',
    fix: 'Add a line such as "Your code: {{code}} (applied automatically from this email)".',
    either: '{{first}} or {{last}}',
  },
};
