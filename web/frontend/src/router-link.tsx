import {forwardRef, type ComponentProps, type MouseEvent} from 'react';
import type {AppProviderProps} from '@shopify/polaris';
import {Link, useNavigate} from 'react-router-dom';
import {hasUnsavedChanges, leaveConfirmation} from './forms/unsaved-changes';

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
  const navigate = useNavigate();
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
  const primary = isPrimaryLink(anchorProps);
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // A table row's primary link (`dataPrimaryLink`) has moved to its page by the time its click
    // reaches the row, which navigates there too on a click anywhere in it: left to bubble, one
    // click would push two history entries and Back would seem to do nothing.
    if (primary) event.stopPropagation();
    // Leaving a form with unsaved changes asks first, as Shopify admin's own navigation does.
    if (!event.defaultPrevented && isPlainClick(event) && hasUnsavedChanges()) {
      event.preventDefault();
      void leaveConfirmation().then(() => navigate(url));
    }
  };
  return (
    <Link ref={ref} to={url} {...anchorProps} onClick={click}>
      {children}
    </Link>
  );
});

/** Polaris passes `data-primary-link` through to the anchor, untyped. */
function isPrimaryLink(anchorProps: object): boolean {
  return Object.entries(anchorProps).some(([name, value]) => name === 'data-primary-link' && value);
}

/** Modified clicks (a new tab, a new window) are the browser's. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function isOutsideApp(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}
