import type {CampaignPromise} from '../campaigns/campaign';
import type {ProblemKind} from './message-facts';
import type {OrderRef} from './types';
import {englishSayer, type WordValue, type Wording} from '../sentences/wording';
import {caseWording, clause} from './case-words';

/**
 * The reply check: before a staff message goes out, it is read against the case's facts, and
 * each sentence that contradicts them is named with the fact it contradicts. This is the staff
 * reply of the Fabulous Furs story ("our email is set up to take promo numbers"), caught before
 * it is sent. Pure; English, German and French, the languages Heed's messages use.
 */

export const REPLY_RULES = [
  'calls_returning_new',
  'thanks_for_registering',
  'asks_to_enter_code',
  'names_other_code',
  'promises_other_value',
  'misses_the_problem',
  'shopper_ordered_since',
] as const;
export type ReplyRule = (typeof REPLY_RULES)[number];

export interface ReplyWarning {
  rule: ReplyRule;
  /** What in the message is wrong, and the fact that says so. */
  message: string;
  /** `message` for each reader. */
  wording?: Wording;
}

/** What the check knows of the case; null parts are unknown and never warn. */
export interface ReplyFacts {
  problem: ProblemKind;
  /** Shopify's fresh count of the shopper's orders (before this checkout); null when unknown. */
  ordersBefore: number | null;
  /** "March 2019", for the warning's words. */
  customerSince: string | null;
  /** When the customer's account began, for the words in each reader's language. */
  customerSinceAt?: number | null;
  promise: {
    codes: string[];
    terms: CampaignPromise | null;
    /** Whether the campaign's email showed its code; null when Heed does not know. */
    emailShowedCode: boolean | null;
  } | null;
  orderedSince: OrderRef[];
}

const NEW_CUSTOMER = [
  /\bnew customers?\b/i,
  /\bwelcome to\b/i,
  /\byour first (order|purchase)\b/i,
  /\bneu(kunde|kundin|en kunden)\b/i,
  /\bwillkommen\b/i,
  /\bihre(r)? ersten? bestellung\b/i,
  /\bnouveaux? client(e)?s?\b/i,
  /\bbienvenue\b/i,
  /\bvotre premi[eè]re commande\b/i,
];

const REGISTERING = [
  /\bthanks?( you)? for (registering|signing up|joining|creating (an|your) account)\b/i,
  /\bdanke für (ihre|deine) (registrierung|anmeldung)\b/i,
  /\bvielen dank für (ihre|deine) (registrierung|anmeldung)\b/i,
  /\bmerci (pour|de) votre inscription\b/i,
];

const ENTER_A_CODE = [
  /\b(takes?|accepts?)\b[^.!?\n]{0,30}\b(promo|discount|coupon) (codes?|numbers?)\b/i,
  /\bput (it|the code|your code|the number)\b[^.!?\n]{0,20}\bin\b/i,
  /\b(enter|type|use|apply|put in|key in)\b[^.!?\n]{0,40}\b(promo(tion(al)?)?|discount|coupon|voucher)?\s*(code|number)s?\b/i,
  /\b(promo|discount|coupon) (code|number)s?\b[^.!?\n]{0,40}\b(enter|type|field|box)\b/i,
  /\b(code|gutschein(code)?|rabattcode)\b[^.!?\n]{0,40}\b(eingeben|eintragen|einlösen)\b/i,
  /\b(saisir|saisissez|entrer|entrez|utilisez|appliquez)\b[^.!?\n]{0,40}\bcode\b/i,
];

/** Words by which a message names each kind of problem, in every language. */
const PROBLEM_WORDS: Readonly<Record<ProblemKind, RegExp>> = {
  promise_not_applied: /discount|code|%|off\b|rabatt|nachlass|réduction|remise|promo/i,
  promise_missing_on_order: /discount|refund|%|off\b|rabatt|erstatt|réduction|remise|rembours/i,
  code_refused: /code|coupon|gutschein/i,
  checkout_problem: /payment|pay\b|error|card|zahlung|fehler|karte|paiement|erreur|carte/i,
  abandoned_cart: /cart|basket|order|warenkorb|bestellung|panier|commande/i,
};

/** A code-like word: capitals and digits, with at least one digit ("WINTER20", "FURS20"). */
const CODE_LIKE = /\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,20}\b/g;
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s?%/g;

export function checkReply(
  text: {subject: string; body: string},
  facts: ReplyFacts,
): ReplyWarning[] {
  const message = `${text.subject}\n${text.body}`;
  const warnings: ReplyWarning[] = [];
  const english = englishSayer(null);
  const warn = (rule: ReplyRule, key: string, values: Record<string, WordValue>) => {
    const wording = caseWording(`reply.${key}`, values);
    warnings.push({rule, message: english.say(wording), wording});
  };
  const returning = facts.ordersBefore !== null && facts.ordersBefore > 0;
  const since: WordValue | null =
    facts.customerSinceAt !== undefined && facts.customerSinceAt !== null
      ? {at: facts.customerSinceAt, style: 'month'}
      : facts.customerSince;
  const history: WordValue = since
    ? clause('reply.historySince', {count: facts.ordersBefore ?? 0, since})
    : clause('reply.history', {count: facts.ordersBefore ?? 0});

  const calledNew = firstMatch(message, NEW_CUSTOMER);
  if (returning && calledNew) warn('calls_returning_new', 'callsNew', {said: calledNew, history});
  const registering = firstMatch(message, REGISTERING);
  if (registering && facts.ordersBefore !== 0) {
    if (returning) {
      warn('thanks_for_registering', 'registeringReturning', {said: registering, history});
    } else warn('thanks_for_registering', 'registering', {said: registering});
  }

  const promise = facts.promise;
  if (promise) {
    const asks = firstMatch(message, ENTER_A_CODE);
    if (asks && promise.emailShowedCode === false) {
      warn('asks_to_enter_code', 'asksForCode', {said: asks});
    }
    const campaignCodes = new Set(promise.codes.map((c) => c.toUpperCase()));
    const others = [...new Set(message.match(CODE_LIKE) ?? [])].filter(
      (c) => !campaignCodes.has(c),
    );
    if (others.length > 0 && campaignCodes.size > 0) {
      warn('names_other_code', 'otherCode', {
        codes: others.join(', '),
        campaignCodes: [...campaignCodes].join(', '),
      });
    }
    const terms = promise.terms;
    if (terms?.kind === 'percentage' && terms.value !== null) {
      const said = [...message.matchAll(PERCENT)].map((m) =>
        Number((m[1] ?? '').replace(',', '.')),
      );
      const wrong = said.filter((v) => Math.abs(v - (terms.value ?? 0)) > 0.001);
      if (wrong.length > 0) {
        warn('promises_other_value', 'otherValue', {
          said: wrong.map((v) => `${v}%`).join(', '),
          promised: `${terms.value}%`,
        });
      }
    }
  }

  if (!PROBLEM_WORDS[facts.problem].test(message)) {
    warn('misses_the_problem', 'missesProblem', {
      problem: clause(`reply.problem.${facts.problem}`),
    });
  }

  const order = facts.orderedSince[0];
  if (order) warn('shopper_ordered_since', 'orderedSince', {order: order.name});
  return warnings;
}

function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const found = pattern.exec(text);
    if (found) return found[0];
  }
  return null;
}
