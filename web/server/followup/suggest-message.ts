import {DE} from './message-copy-de';
import {EN} from './message-copy-en';
import {FR} from './message-copy-fr';
import type {MessageCopy, MessageFacts, MessageLanguage, ProblemKind} from './message-facts';
import type {CaseSnapshot, DraftOrderRef, JourneySnapshot, Money} from './types';

export {PROBLEM_KINDS, type ProblemKind, type MessageLanguage} from './message-facts';

export interface SuggestMessageInput {
  problem: ProblemKind;
  snapshot: CaseSnapshot;
  shopperName: string | null;
  staffName: string | null;
  shopName: string;
  /** The shopper's language as Shopify knows it (`de-DE`, `fr`); unknown → English. */
  language: string | null;
  draftOrder: DraftOrderRef | null;
  /** What the staff member did about it, to tell the shopper. */
  action: 'resumed' | 'refunded' | null;
  /** The amount refunded, for `refunded`. */
  refunded?: Money | null;
}

export interface SuggestedMessage {
  language: MessageLanguage;
  subject: string;
  body: string;
}

const COPIES: Readonly<Record<MessageLanguage, MessageCopy>> = {en: EN, de: DE, fr: FR};

/** The message's kind, from the worst problem among the case's signals. */
export function problemKindOf(signalTypes: string[]): ProblemKind {
  const has = (...types: string[]) => types.some((type) => signalTypes.includes(type));
  if (has('promo_missing_on_order')) return 'promise_missing_on_order';
  if (has('promo_not_applied')) return 'promise_not_applied';
  if (has('code_rejected')) return 'code_refused';
  if (has('payment_failed', 'checkout_error')) return 'checkout_problem';
  return 'abandoned_cart';
}

export function messageLanguageOf(language: string | null): MessageLanguage {
  const primary = language?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === 'de' || primary === 'fr' ? primary : 'en';
}

/**
 * A message the staff member starts from, composed from the case's facts alone: it names the
 * exact problem, the promise and what the staff member did. Nothing here welcomes or thanks a
 * shopper "for registering": a message about a broken promise is no place for a form letter.
 */
export function suggestMessage(input: SuggestMessageInput): SuggestedMessage {
  const language = messageLanguageOf(input.language);
  const copy = COPIES[language];
  const facts = factsOf(input);
  const promise = facts.terms
    ? copy.promise(facts.terms, facts.currencyCode)
    : facts.promiseSentence;
  const paragraphs = [
    copy.greeting(facts),
    ...copy.body[input.problem](facts, promise),
    copy.signOff(facts),
  ];
  return {
    language,
    subject: copy.subject[input.problem](facts, promise),
    body: paragraphs.join('\n\n'),
  };
}

function factsOf(input: SuggestMessageInput): MessageFacts {
  const {snapshot, problem} = input;
  const latest = latestJourney(snapshot.journeys);
  const promise = snapshot.promise;
  const signals = snapshot.journeys
    .flatMap((j) => j.signals)
    .sort((a, b) => a.occurredAt - b.occurredAt);
  const alertOf = (...types: string[]) =>
    signals.filter((s) => types.includes(s.type) && s.alertText !== null).at(-1)?.alertText ?? null;
  const tried = snapshot.journeys.flatMap((j) => j.codesTried).at(-1) ?? null;
  const promisedCode = promise?.codeState?.code ?? promise?.codes[0] ?? null;
  const code = problem === 'code_refused' ? (tried?.code ?? promisedCode) : promisedCode;
  const alertText =
    problem === 'code_refused'
      ? (alertOf('code_rejected') ?? tried?.message ?? null)
      : problem === 'checkout_problem'
        ? alertOf('payment_failed', 'checkout_error')
        : null;
  return {
    shopName: input.shopName,
    shopperName: input.shopperName?.trim() || null,
    staffName: input.staffName?.trim() || null,
    campaignName: promise?.campaignName ?? null,
    terms: promise?.terms ?? null,
    promiseSentence: promise?.promiseSentence ?? null,
    currencyCode: latest?.cart?.currencyCode ?? 'USD',
    code,
    alertText,
    items: (latest?.cart?.lines ?? []).flatMap((line) =>
      line.title ? [{title: line.title, quantity: line.quantity}] : [],
    ),
    invoiceUrl: input.action === 'resumed' ? (input.draftOrder?.invoiceUrl ?? null) : null,
    draftHasDiscount: (input.draftOrder?.discount ?? null) !== null,
    refunded: input.action === 'refunded' ? (input.refunded ?? null) : null,
  };
}

function latestJourney(journeys: JourneySnapshot[]): JourneySnapshot | null {
  return journeys.reduce<JourneySnapshot | null>(
    (latest, j) => (latest === null || j.lastActivityAt > latest.lastActivityAt ? j : latest),
    null,
  );
}
