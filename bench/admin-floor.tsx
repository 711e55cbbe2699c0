/**
 * The smallest admin page the stack allows: React, a handful of Polaris components (the ones every
 * Heed page shows), i18next with react-i18next, and React Router — no Heed code at all. bench/admin
 * bundles it the way the admin's scripts are served (minified, brotli) and prints its size beside
 * the target: what is left of the target is what Heed's own code and data may use.
 */
import {
  AppProvider,
  Badge,
  Banner,
  BlockStack,
  Card,
  IndexTable,
  Page,
  SkeletonBodyText,
  Text,
} from '@shopify/polaris';
import {createInstance} from 'i18next';
import {createRoot} from 'react-dom/client';
import {initReactI18next, useTranslation} from 'react-i18next';
import {BrowserRouter, Route, Routes, useNavigate} from 'react-router-dom';

const i18n = createInstance();
void i18n.use(initReactI18next).init({lng: 'en', resources: {en: {common: {loading: 'Loading'}}}});

function Home() {
  const {t} = useTranslation();
  const navigate = useNavigate();
  return (
    <Page
      title={t('loading')}
      primaryAction={{content: t('loading'), onAction: () => navigate('/')}}
    >
      <BlockStack gap="400">
        <Banner tone="info">{t('loading')}</Banner>
        <Card>
          <Text as="p">{t('loading')}</Text>
          <Badge tone="success">{t('loading')}</Badge>
          <SkeletonBodyText />
        </Card>
        <IndexTable itemCount={0} headings={[{title: t('loading')}]}>
          {null}
        </IndexTable>
      </BlockStack>
    </Page>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <AppProvider i18n={{}}>
      <BrowserRouter>
        <Routes>
          <Route path="/" element={<Home />} />
        </Routes>
      </BrowserRouter>
    </AppProvider>,
  );
}
