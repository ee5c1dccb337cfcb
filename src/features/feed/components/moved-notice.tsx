import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { addressText } from '../../../lib/address-key';

/** A feed that says it has moved: its new address, where it can be read and subscribed to. */
export function MovedNotice({ to }: { to: string }) {
  return (
    <p className="notice">
      This feed says it has moved to <Link to={paths.feed(to)}>{addressText(to)}</Link>: subscribe
      there to keep following it.
    </p>
  );
}
