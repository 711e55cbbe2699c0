import type {ReactNode} from 'react';
import {TitleBar} from '@shopify/app-bridge-react';
import {useTranslation} from 'react-i18next';
import {useConfirmedNavigate} from '../../forms/unsaved-changes';

export const CAMPAIGNS_URL = '/campaigns';

/**
 * App Bridge's title bar for a page below Campaigns: Shopify admin draws the breadcrumb back to
 * the list and the page's actions (`children`: `<button>` elements) outside the app's frame.
 * https://shopify.dev/docs/api/app-bridge-library/web-components/ui-title-bar
 */
export function CampaignTitleBar({title, children}: {title: string; children?: ReactNode}) {
  const {t} = useTranslation('campaigns');
  // Leaving a form with unsaved changes asks first (App Bridge's leave confirmation).
  const navigate = useConfirmedNavigate();
  return (
    <TitleBar title={title}>
      {/* type="button": the title bar sits inside the campaign form, which it must not submit. */}
      <button type="button" variant="breadcrumb" onClick={() => navigate(CAMPAIGNS_URL)}>
        {t('breadcrumb')}
      </button>
      {children}
    </TitleBar>
  );
}
