import type { AnchorHTMLAttributes, Ref } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import type { To } from 'react-router';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: To;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * A link within the app: an `<a>` whose clicks the router handles, as React Router's `Link`
 * does, without that component's prefetching and framework-mode code, which this app does not use
 * and which would otherwise load with the first screen.
 */
export function Link({ to, onClick, target, ...props }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { target });
  return (
    <a
      {...props}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    />
  );
}
