/**
 * What feed services and blog plugins add to every item's text: FeedBurner's "FeedFlare" share
 * buttons and its ads (Google's), Pheedo's and Feedsportal's ads and share buttons, WordPress.com's
 * share links and their counters, AddToAny's share links, social sites' own share addresses
 * (Slashdot's Twitter and Facebook buttons, the "Add to Facebook" WordPress plugin's), Flattr's
 * "flattr this!" button (its WordPress plugin links it through the blog's own address), and ad
 * networks' frames and pictures (Amazon's affiliate ads, Google's, Impact's), and audience counters' pixels
 * (Nielsen's, comScore's, Quantcast's). Links, pictures and frames at these addresses are no part
 * of the article.
 */
export const FEED_FURNITURE = new RegExp(
  [
    String.raw`^(?:https?:)?//(?:feeds\.feedburner\.com/~(?:f|ff|r|a|at)/|feedads\.g\.doubleclick\.net/|feeds\.wordpress\.com/1\.0/|stats\.wordpress\.com/|pixel\.wp\.com/)`,
    // FeedBurner's on a publisher's own feed address (Slashdot's rss.slashdot.org/~a/…?a=…,
    // PCWorld's FeedFlare at feeds.pcworld.com/~f/…?i=…, and its counting pixel, …/weekly?g=1,
    // BusinessWeek's rss.businessweek.com/bw_rss/bwdaily?g=1137).
    String.raw`^(?:https?:)?//[^/?#]+/~(?:a|f|ff|at)/[^?#]+\?[adi]=|^(?:https?:)?//(?:feeds|rss)\.[^/?#]+/[^?#]+\?g=\d+$`,
    String.raw`^(?:https?:)?//(?:[\w-]+\.)*(?:pheedo|pheedcontent)\.com/`,
    String.raw`^(?:https?:)?//(?:share\.feedsportal\.com/|res\d*\.feedsportal\.com/social/|da\.feedsportal\.com/r/|pi\.feedsportal\.com/)`,
    String.raw`^(?:https?:)?//(?:(?:www\.)?addtoany\.com/(?:add_to|share)|static\.addtoany\.com/buttons/)`,
    String.raw`^(?:https?:)?//(?:www\.)?(?:twitter\.com/(?:home/?\?status=|intent/tweet|share\?)|x\.com/intent/(?:tweet|post)|facebook\.com/share(?:r(?:/sharer)?)?\.php|linkedin\.com/shareArticle|reddit\.com/submit\?)`,
    String.raw`^(?:https?:)?//(?:api\.)?flattr\.com/(?:button|submit|thing)/`,
    String.raw`^[^#]*[?&]flattrss_redirect(?:[&=#]|$)`,
    String.raw`^[^?#]*/wp-content/plugins/flattr/img/`,
    String.raw`^(?:https?:)?//(?:[\w-]+\.)*(?:amazon-adsystem\.com|googlesyndication\.com|googleadservices\.com|doubleclick\.net|imrworldwide\.com|scorecardresearch\.com|quantserve\.com|impactradius-go\.com)/`,
  ].join('|'),
  'i',
);

/**
 * A picture's address that names no picture: a site's root, what a theme writes for a post
 * without its featured image (a Hugo theme's `<img src="https://example.com/">`), or a script's
 * word for nothing (NPR's `<img src='undefined'>`).
 */
export const NO_PICTURE =
  /^(?:(?:https?:)?\/\/[^/?#]+)?\/$|^(?:https?:)?\/\/[^/?#]+$|^(?:undefined|null)$/i;

/**
 * The boxes FeedBurner, AddToAny, Slashdot and WordPress's social links block put share buttons
 * in; Ghost's own players' buttons and times, which its scripts run (the browser's controls play
 * its video and sound here).
 */
export const FURNITURE_CLASSES = [
  'feedflare',
  'share_submission',
  'addtoany_share_save_container',
  'wp-block-social-links',
  'kg-video-overlay',
  'kg-video-player-container',
  'kg-audio-player',
];
