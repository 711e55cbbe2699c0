import {TitleBar} from '@shopify/app-bridge-react';
import {useTranslation} from 'react-i18next';
import {useNavigate, useSearchParams} from 'react-router-dom';
import {inboxFiltersFrom, inboxFiltersToParams} from '../../cases/inbox-filters';

export const INBOX_URL = '/inbox';

/** Back to the inbox as it was filtered; the filters are read, not passed on as given. */
export function CaseTitleBar({title}: {title: string}) {
  const {t} = useTranslation('cases');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = inboxFiltersToParams(inboxFiltersFrom(params)).toString();
  return (
    <TitleBar title={title}>
      <button
        variant="breadcrumb"
        onClick={() => navigate(query ? `${INBOX_URL}?${query}` : INBOX_URL)}
      >
        {t('inbox.title')}
      </button>
    </TitleBar>
  );
}
