import {TitleBar} from '@shopify/app-bridge-react';
import {Card, EmptyState, Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import illustration from '../assets/rules-illustration.svg';

export function NotFoundPage() {
  const {t} = useTranslation();
  return (
    <>
      <TitleBar title={t('notFound.title')} />
      <Page>
        <Card>
          <EmptyState
            heading={t('notFound.heading')}
            image={illustration}
            action={{content: t('notFound.action'), url: '/'}}
          >
            <p>{t('notFound.body')}</p>
          </EmptyState>
        </Card>
      </Page>
    </>
  );
}
