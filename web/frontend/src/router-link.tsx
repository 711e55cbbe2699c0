import {forwardRef, type ComponentProps} from 'react';
import type {AppProviderProps} from '@shopify/polaris';
import {Link} from 'react-router-dom';

/** Polaris's `LinkLikeComponentProps`; its `ref` is React's legacy type, refs arrive through forwardRef. */
type LinkLikeProps = Omit<ComponentProps<NonNullable<AppProviderProps['linkComponent']>>, 'ref'>;

/**
 * Polaris renders every `url` through this component, so links inside the app move with
 * react-router instead of reloading the iframe (a reload refetches the app and flashes).
 */
export const RouterLink = forwardRef<HTMLAnchorElement, LinkLikeProps>(function RouterLink(
  {url, external, children, ...anchorProps},
  ref,
) {
  if (external || isOutsideApp(url)) {
    return (
      <a ref={ref} href={url} target="_blank" rel="noopener noreferrer" {...anchorProps}>
        {children}
      </a>
    );
  }
  return (
    <Link ref={ref} to={url} {...anchorProps}>
      {children}
    </Link>
  );
});

function isOutsideApp(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}
