import {Box, Button, InlineStack} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';

/**
 * "3 new checkouts — show": the checkouts that arrived while the list was read, shown when the
 * merchant asks. Its line is kept when empty, so the list below never moves as it comes and goes.
 */
export function NewCheckoutsBar({count, onShow}: {count: number; onShow: () => void}) {
  const {t} = useTranslation('live');
  return (
    <Box minHeight="2rem">
      {count > 0 ? (
        <InlineStack align="center">
          <Button onClick={onShow} variant="secondary">
            {t('newCheckouts', {count})}
          </Button>
        </InlineStack>
      ) : null}
    </Box>
  );
}
