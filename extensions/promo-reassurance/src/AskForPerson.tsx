import type {BuyerIdentity, I18n} from '@shopify/ui-extensions/checkout';
import {useState} from 'preact/hooks';
import {postHelp, type GetToken, type HelpRequest} from './backend';
import {expectedWords} from './expected-words';
import type {HelpAnswer} from './help-answer';

type Channel = HelpRequest['channel'];

/** Offered → asking → asked (with when to expect contact), or failed with a retry. */
type AskState =
  | {kind: 'offered'; invalid: boolean}
  | {kind: 'asking'}
  | {kind: 'asked'; answer: HelpAnswer; channel: Channel}
  | {kind: 'failed'};

export interface AskForPersonProps {
  surface: HelpRequest['surface'];
  shopName: string;
  i18n: I18n;
  /** What checkout lets the extension read of the buyer (protected customer data, level 2). */
  prefill: {email: string | undefined; phone: string | undefined};
  /** Which checkout or order the shopper asks about. */
  place: {checkoutToken: string | undefined; orderId: string | undefined};
  /** The language the shopper reads the extension in, and their time zone, as checkout says. */
  language: string | undefined;
  timeZone: string | undefined;
  getToken: GetToken;
  now?: () => number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{6,24}$/;

/**
 * "Have someone from {shop} contact me": the shopper chooses email or phone (filled in from
 * checkout where it may be read), and Heed answers when to expect contact. A failure says so and
 * offers to try again; nothing here ever blocks the checkout.
 */
export function AskForPerson(props: AskForPersonProps) {
  const {i18n, shopName: shop} = props;
  const [channel, setChannel] = useState<Channel>(
    !props.prefill.email && props.prefill.phone ? 'phone' : 'email',
  );
  const [email, setEmail] = useState(props.prefill.email ?? '');
  const [phone, setPhone] = useState(props.prefill.phone ?? '');
  const [state, setState] = useState<AskState>({kind: 'offered', invalid: false});

  const ask = async () => {
    const address = (channel === 'email' ? email : phone).trim();
    if (!(channel === 'email' ? EMAIL : PHONE).test(address)) {
      setState({kind: 'offered', invalid: true});
      return;
    }
    setState({kind: 'asking'});
    const answer = await postHelp(
      {
        surface: props.surface,
        ...(props.place.checkoutToken && {checkoutToken: props.place.checkoutToken}),
        ...(props.place.orderId && {orderId: props.place.orderId}),
        channel,
        ...(channel === 'email' ? {email: address} : {phone: address}),
        ...(props.language && {locale: props.language}),
      },
      props.getToken,
    );
    setState(answer ? {kind: 'asked', answer, channel} : {kind: 'failed'});
  };

  if (state.kind === 'asked') {
    const {expected, timeZone} = state.answer;
    const when = expectedWords(
      expected,
      i18n,
      (props.now ?? Date.now)(),
      props.timeZone ?? timeZone ?? undefined,
    );
    const by = i18n.translate(state.channel === 'email' ? 'ask.byEmail' : 'ask.byPhone');
    return <s-paragraph>{i18n.translate('ask.asked', {shop, channel: by, when})}</s-paragraph>;
  }
  if (state.kind === 'failed') {
    return (
      <s-stack gap="base">
        <s-paragraph>{i18n.translate('ask.failed')}</s-paragraph>
        <s-button onClick={() => void ask()}>{i18n.translate('ask.retry')}</s-button>
      </s-stack>
    );
  }
  const asking = state.kind === 'asking';
  const error = state.kind === 'offered' && state.invalid;
  return (
    <s-stack gap="base">
      <s-choice-list
        label={i18n.translate('ask.channel')}
        name="heed-contact-channel"
        values={[channel]}
        disabled={asking}
        onChange={(event) => {
          const chosen = firstValue(event);
          if (chosen === 'email' || chosen === 'phone') setChannel(chosen);
          setState({kind: 'offered', invalid: false});
        }}
      >
        <s-choice value="email">{i18n.translate('ask.email')}</s-choice>
        <s-choice value="phone">{i18n.translate('ask.phone')}</s-choice>
      </s-choice-list>
      {channel === 'email' ? (
        <s-email-field
          label={i18n.translate('ask.email')}
          value={email}
          autocomplete="email"
          disabled={asking}
          error={error ? i18n.translate('ask.invalidEmail') : undefined}
          onInput={(event) => setEmail(fieldValue(event))}
        />
      ) : (
        <s-phone-field
          label={i18n.translate('ask.phone')}
          value={phone}
          autocomplete="tel"
          disabled={asking}
          error={error ? i18n.translate('ask.invalidPhone') : undefined}
          onInput={(event) => setPhone(fieldValue(event))}
        />
      )}
      <s-button loading={asking} onClick={() => void ask()}>
        {i18n.translate('ask.button', {shop})}
      </s-button>
    </s-stack>
  );
}

/** The field's text; checkout's elements carry it on the event's target. */
function fieldValue(event: Event): string {
  const target = event.currentTarget;
  return target && 'value' in target && typeof target.value === 'string' ? target.value : '';
}

/** The chosen value of a single-choice list (`values` is always an array). */
function firstValue(event: Event): string | undefined {
  const target = event.currentTarget;
  const values = target && 'values' in target ? target.values : undefined;
  return Array.isArray(values) && typeof values[0] === 'string' ? values[0] : undefined;
}

/**
 * The buyer's email and phone where checkout lets the extension read them: `buyerIdentity` is
 * there only with level 2 protected customer data access, and absent otherwise.
 * https://shopify.dev/docs/api/checkout-ui-extensions/latest/target-apis/checkout-apis/buyer-identity-api
 */
export function readableContact(api: {
  buyerIdentity?: BuyerIdentity;
}): AskForPersonProps['prefill'] {
  const identity = 'buyerIdentity' in api ? api.buyerIdentity : undefined;
  return {email: identity?.email.value, phone: identity?.phone.value};
}
