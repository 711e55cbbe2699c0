import {useEffect, useState} from 'preact/hooks';
import {fetchOffer, type GetToken} from './backend';
import type {Offer} from './offer';

export type OfferState = {status: 'loading'} | {status: 'ready'; offer: Offer | null};

/**
 * The campaign offer for this checkout, asked once per campaign. Without a campaign attribute the
 * codes themselves are the question (a shopper may type the email's code), so new codes ask again.
 */
export function useOffer(
  campaign: string | null,
  codes: readonly string[],
  getToken: GetToken,
): OfferState {
  const key = campaign ? `campaign:${campaign}` : `codes:${codes.join(',')}`;
  const nothingToAsk = !campaign && codes.length === 0;
  const [state, setState] = useState<OfferState>(
    nothingToAsk ? {status: 'ready', offer: null} : {status: 'loading'},
  );

  useEffect(() => {
    if (nothingToAsk) {
      setState({status: 'ready', offer: null});
      return;
    }
    let current = true;
    void fetchOffer({campaign, codes}, getToken).then((offer) => {
      if (current) setState({status: 'ready', offer});
    });
    return () => {
      current = false;
    };
    // The key stands for campaign and codes; getToken is stable for the extension's life.
  }, [key]);

  return state;
}
