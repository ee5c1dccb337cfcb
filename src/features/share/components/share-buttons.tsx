import { CopyLinkButton } from './copy-link-button';
import { ShareButton } from './share-button';

interface ShareButtonsProps {
  /** The address of what is shared: absolute, or relative to the page. */
  url: string;
  title: string;
}

/** "Copy link", and "Share" where the browser can share. */
export function ShareButtons({ url, title }: ShareButtonsProps) {
  return (
    <div className="share-buttons">
      <CopyLinkButton url={url} />
      <ShareButton url={url} title={title} />
    </div>
  );
}
