import '@shopify/polaris/build/esm/styles.css';
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {createApiClient} from './api/api-client';
import {App} from './app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// `shopify` is App Bridge's global, installed by the script that index.html loads first.
const apiClient = createApiClient({idToken: () => shopify.idToken()});

createRoot(container).render(
  <StrictMode>
    <App apiClient={apiClient} locale={shopify.config.locale} />
  </StrictMode>,
);
