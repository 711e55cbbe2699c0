import {useState} from 'react';
import {BlockStack, Button, Form, SkeletonBodyText, Text, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {Health} from '../../../api/campaign-schemas';
import {parseVerifiedLinks, verifiedLinksPath} from '../../../api/campaigns';
import {useApiQuery} from '../../../api/use-api';
import {ApiErrorBanner} from '../../api-error-banner';
import {TitledCard} from './titled-card';
import {VerifiedLinkRow} from './verified-link-row';

const DEFAULT_STORE_PATH = '/';

interface Props {
  campaignId: string;
  health: Health;
}

/**
 * Links that apply the code and carry the campaign's utm key, for the email tool. Only for a
 * campaign without blockers: a link to an offer that will not apply repeats the problem.
 */
export function VerifiedLinksCard({campaignId, health}: Props) {
  const {t} = useTranslation('campaigns');
  const usable = health === 'ready' || health === 'warnings';
  return (
    <TitledCard title={t('links.title')} intro={t('links.intro')}>
      {usable ? (
        <LinkGenerator campaignId={campaignId} />
      ) : (
        <Text as="p">{health === 'blocked' ? t('links.blocked') : t('links.unverified')}</Text>
      )}
    </TitledCard>
  );
}

function LinkGenerator({campaignId}: {campaignId: string}) {
  const {t} = useTranslation('campaigns');
  const [storePath, setStorePath] = useState(DEFAULT_STORE_PATH);
  const [appliedPath, setAppliedPath] = useState(DEFAULT_STORE_PATH);
  const {query, reload} = useApiQuery(
    verifiedLinksPath(campaignId, appliedPath),
    parseVerifiedLinks,
  );
  const pathProblem =
    query.status === 'error'
      ? query.error.problems.find((p) => p.path === 'path')?.message
      : undefined;
  const apply = () => setAppliedPath(storePath.trim() || DEFAULT_STORE_PATH);

  return (
    <BlockStack gap="300">
      <Form onSubmit={apply}>
        <TextField
          label={t('links.pathLabel')}
          value={storePath}
          onChange={setStorePath}
          autoComplete="off"
          monospaced
          error={pathProblem}
          helpText={t('links.pathHelp')}
          connectedRight={<Button onClick={apply}>{t('links.update')}</Button>}
        />
      </Form>
      {query.status === 'loading' ? <SkeletonBodyText lines={2} /> : null}
      {query.status === 'error' && !pathProblem ? (
        <ApiErrorBanner title={t('links.error')} error={query.error} onRetry={reload} />
      ) : null}
      {query.status === 'success' ? (
        <BlockStack as="ul" gap="300">
          {query.data.map((link) => (
            <VerifiedLinkRow key={link.code} link={link} />
          ))}
        </BlockStack>
      ) : null}
    </BlockStack>
  );
}
