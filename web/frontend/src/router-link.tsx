import {forwardRef, type ComponentProps, type MouseEventHandler} from 'react';
import type {AppProviderProps} from '@shopify/polaris';
import {Link} from 'react-router-dom';

/** Polaris's `LinkLikeComponentProps`; its `ref` is React's legacy type, refs arrive through forwardRef. */
type LinkLikeProps = Omit<ComponentProps<NonNullable<AppProviderProps['linkComponent']>>, 'ref'>;

/**
 * Polaris renders every `url` through this component, so links inside the app move with
 * react-router instead of reloading the iframe (a reload refetches the app and flashes).
 */
export const RouterLink = forwardRef<HTMLAnchorElement, LinkLikeProps>(function RouterLink(
  {url, external, children, onClick, ...anchorProps},
  ref,
) {
  if (external || isOutsideApp(url)) {
    return (
      <a
        ref={ref}
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        onClick={onClick}
        {...anchorProps}
      >
        {children}
      </a>
    );
  }
  return (
    <Link
      ref={ref}
      to={url}
      {...anchorProps}
      onClick={primaryLinkClick(onClick, isPrimaryLink(anchorProps))}
    >
      {children}
    </Link>
  );
});

type ClickHandler = MouseEventHandler<HTMLAnchorElement>;

/**
 * A table row's primary link (`dataPrimaryLink`) has already moved to its page when its click
 * reaches the row, and the row navigates to the same page on a click anywhere in it: left to
 * bubble, one click would push two history entries and Back would seem to do nothing.
 */
function primaryLinkClick(
  own: ClickHandler | undefined,
  primary: boolean,
): ClickHandler | undefined {
  if (!primary) return own;
  return (event) => {
    own?.(event);
    event.stopPropagation();
  };
}

/** Polaris passes `data-primary-link` through to the anchor, untyped. */
function isPrimaryLink(anchorProps: object): boolean {
  return Object.entries(anchorProps).some(([name, value]) => name === 'data-primary-link' && value);
}

function isOutsideApp(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}
