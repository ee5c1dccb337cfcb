import { CopyLinkButton } from './copy-link-button';
import { ShareButton } from './share-button';

interface ShareButtonsProps {
  /** The absolute address of what is shared. */
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
