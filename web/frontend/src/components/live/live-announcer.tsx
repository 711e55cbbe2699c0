import {Text} from '@shopify/polaris';

/**
 * Reads live news to screen-reader users without taking their focus. The region stays mounted:
 * assistive technology only announces changes to a region it already knows.
 */
export function LiveAnnouncer({message}: {message: string}) {
  return (
    <Text as="span" visuallyHidden>
      <span role="status" aria-live="polite" aria-atomic="true" data-live-announcer="">
        {message}
      </span>
    </Text>
  );
}
