import { afterEach, describe, expect, it } from 'vitest';
import { pictureSizes, pictureSrcSet } from '../../src/features/feed/utils/picture-renditions';

/** The addresses of a `srcset`'s copies, by the width each is named for. */
function copies(srcset: string | undefined) {
  return Object.fromEntries(
    (srcset ?? '').split(', ').map((copy) => {
      const [url, width] = copy.split(' ');
      return [String(width), String(url)];
    }),
  );
}

describe('a picture a service serves in any width', () => {
  it.each([
    [
      'Blogger, its size a folder',
      'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhX7Yk_q/s1600/kim-trump.jpg',
      'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhX7Yk_q/w480/kim-trump.jpg',
    ],
    [
      'Blogger, sized and cropped',
      'https://1.bp.blogspot.com/-Xq2/XRhcA/AAAAAAAAB9k/Yt3e/w640-h360-p-k-no-nu/dmz.jpg',
      'https://1.bp.blogspot.com/-Xq2/XRhcA/AAAAAAAAB9k/Yt3e/w480/dmz.jpg',
    ],
    [
      'Blogger, its size at the end',
      'https://blogger.googleusercontent.com/img/a/AVvXsEiQ2k9=s1600',
      'https://blogger.googleusercontent.com/img/a/AVvXsEiQ2k9=w480',
    ],
    [
      'WordPress.com',
      'https://longreads.files.wordpress.com/2019/06/harbour.jpg?w=1024&h=683',
      'https://longreads.files.wordpress.com/2019/06/harbour.jpg?w=480',
    ],
    [
      'WordPress’s Photon',
      'https://i0.wp.com/example.com/wp-content/uploads/2019/06/harbour.jpg?resize=1024%2C683&ssl=1',
      'https://i0.wp.com/example.com/wp-content/uploads/2019/06/harbour.jpg?ssl=1&w=480',
    ],
    [
      'Substack',
      'https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F5e1f.jpeg',
      'https://substackcdn.com/image/fetch/f_auto,q_auto:good,fl_progressive:steep,w_480,c_limit/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F5e1f.jpeg',
    ],
    [
      'Substack, its copy cropped',
      'https://substackcdn.com/image/fetch/$s_!Wl0T!,w_1200,h_600,c_fill,f_jpg/https%3A%2F%2Fbucket.s3.amazonaws.com%2Fa.png',
      'https://substackcdn.com/image/fetch/$s_!Wl0T!,f_jpg,w_480,c_limit/https%3A%2F%2Fbucket.s3.amazonaws.com%2Fa.png',
    ],
    [
      'Medium',
      'https://cdn-images-1.medium.com/max/1024/1*8jWv3aQ.png',
      'https://cdn-images-1.medium.com/max/480/1*8jWv3aQ.png',
    ],
    [
      'Medium, resized',
      'https://miro.medium.com/v2/resize:fit:1200/1*8jWv3aQ.png',
      'https://miro.medium.com/v2/resize:fit:480/1*8jWv3aQ.png',
    ],
    [
      'The Washington Post’s',
      'https://www.washingtonpost.com/wp-apps/imrs.php?src=https://arc-anglerfish-washpost-prod-washpost.s3.amazonaws.com/public/NPHLKIVXNBFE7MQGESYAWPVEQ4.jpg&w=1440',
      'https://www.washingtonpost.com/wp-apps/imrs.php?src=https%3A%2F%2Farc-anglerfish-washpost-prod-washpost.s3.amazonaws.com%2Fpublic%2FNPHLKIVXNBFE7MQGESYAWPVEQ4.jpg&w=480',
    ],
    [
      'Unsplash',
      'https://images.unsplash.com/photo-1500530855697?ixlib=rb-4.0.3&q=80&w=2000&fit=crop',
      'https://images.unsplash.com/photo-1500530855697?ixlib=rb-4.0.3&q=80&w=480',
    ],
  ])('%s: copies 240 to 1,200 pixels wide', (_, address, at480) => {
    const srcset = pictureSrcSet(address);
    expect(Object.keys(copies(srcset))).toEqual(['240w', '480w', '800w', '1200w']);
    expect(copies(srcset)['480w']).toBe(at480);
  });

  it.each([
    [
      'Squarespace’s',
      'https://images.squarespace-cdn.com/content/v1/52c9d908e4b0e87887310693/1569208568687-A3TA9NSBRZY1FCJDLMAE/harbour.jpg',
      'https://images.squarespace-cdn.com/content/v1/52c9d908e4b0e87887310693/1569208568687-A3TA9NSBRZY1FCJDLMAE/harbour.jpg?format=500w',
    ],
    [
      'Squarespace’s older, a width named',
      'http://static1.squarespace.com/static/50c628b3e4b07b56461546c5/t/57bcc05915d5db62fcd50f32/1471987830419/?format=1000w',
      'http://static1.squarespace.com/static/50c628b3e4b07b56461546c5/t/57bcc05915d5db62fcd50f32/1471987830419/?format=500w',
    ],
  ])('%s: the copies Squarespace makes, 300 to 1,500 pixels wide', (_, address, at500) => {
    const srcset = pictureSrcSet(address);
    expect(Object.keys(copies(srcset))).toEqual(['300w', '500w', '750w', '1000w', '1500w']);
    expect(copies(srcset)['500w']).toBe(at500);
  });

  it.each([
    [
      'the BBC’s, named by its news pages',
      'https://ichef.bbci.co.uk/news/240/cpsprodpb/51fa/live/42b324f0-5586-11ef-a885-7fc9068b8f06.jpg',
    ],
    [
      'the BBC’s, named by its sport and World Service pages',
      'https://ichef.bbci.co.uk/ace/standard/240/cpsprodpb/1ea6/live/caf5b930-7c1a-11ef.jpg.webp',
    ],
  ])('%s: copies 240 to 1,024 pixels wide, as the BBC’s own pages offer', (_, address) => {
    const srcset = pictureSrcSet(address);
    expect(Object.keys(copies(srcset))).toEqual(['240w', '480w', '800w', '1024w']);
    expect(copies(srcset)['240w']).toBe(address);
    expect(copies(srcset)['1024w']).toBe(address.replace('/240/', '/1024/'));
  });

  it.each([
    [
      'a Ghost blog’s picture',
      'https://nooptoday.com/content/images/2023/09/bun-nestjs-cover.jpg',
      'https://nooptoday.com/content/images/size/w600/2023/09/bun-nestjs-cover.jpg',
    ],
    [
      'a Ghost blog’s in its folder of a site',
      'https://example.org/blog/content/images/2021/05/harbour.jpeg',
      'https://example.org/blog/content/images/size/w600/2021/05/harbour.jpeg',
    ],
    [
      'a copy a Ghost feed names, cropped',
      'https://itsfoss.com/content/images/size/w1200h630/2026/03/age-verification-banner.png',
      'https://itsfoss.com/content/images/size/w600/2026/03/age-verification-banner.png',
    ],
    [
      'a Ghost picture in another format',
      'https://itsfoss.com/content/images/size/w2000/format/webp/2026/03/banner.png',
      'https://itsfoss.com/content/images/size/w600/format/webp/2026/03/banner.png',
    ],
  ])(
    '%s: the copies Ghost makes of every picture, 600 to 1,600 pixels wide',
    (_, address, at600) => {
      const srcset = pictureSrcSet(address);
      expect(Object.keys(copies(srcset))).toEqual(['600w', '1000w', '1600w']);
      expect(copies(srcset)['600w']).toBe(at600);
      expect(copies(srcset)['1600w']).toBe(at600.replace('/w600/', '/w1600/'));
    },
  );

  it.each([
    ['a site’s own picture', 'https://www.example.com/wp-content/uploads/2019/06/harbour.jpg'],
    ['a Blogger picture whose address names no size', 'https://1.bp.blogspot.com/-Xq2/dmz.jpg'],
    ['a signed imgix picture', 'https://example.imgix.net/harbour.jpg?w=600&s=5f2b'],
    [
      'a Substack picture given no sizes',
      'https://substackcdn.com/image/fetch/https%3A%2F%2Fa.png',
    ],
    ['a Medium picture of another shape of address', 'https://miro.medium.com/1*8jWv3aQ.png'],
    [
      'a BBC programme’s picture, named by its shape',
      'https://ichef.bbci.co.uk/images/ic/640x360/p0hgxq3v.jpg',
    ],
    [
      'a site’s pictures in a folder named as Ghost’s, not by month',
      'https://cdn1.medicalnewstoday.com/content/images/articles/318/318674/brain.jpg',
    ],
    ['a Washington Post page, not its resizer', 'https://www.washingtonpost.com/world/?w=1440'],
    ['an address that is not one', 'not a picture'],
  ])('%s: shown as the feed names it', (_, address) => {
    expect(pictureSrcSet(address)).toBeUndefined();
  });
});

describe('the width a picture is drawn at, as `sizes` says it', () => {
  const root = document.documentElement;
  afterEach(() => {
    root.style.removeProperty('--text-scale');
    delete root.dataset.width;
  });

  it('is a list box’s 12rem beside the text, or the page’s width less its margins', () => {
    expect(pictureSizes('entry')).toBe('(min-width: 40rem) 12rem, calc(100vw - 2rem)');
  });

  it('is an article’s measure less its margins, by the reader’s line width', () => {
    expect(pictureSizes('article')).toBe('(min-width: 42rem) 40rem, calc(100vw - 2rem)');
    root.dataset.width = 'wide';
    expect(pictureSizes('article')).toBe('(min-width: 54rem) 52rem, calc(100vw - 2rem)');
    root.dataset.width = 'narrow';
    expect(pictureSizes('article')).toBe('(min-width: 34rem) 32rem, calc(100vw - 2rem)');
  });

  it('follows the reader’s text size, which the page’s rem follows and the rem of `sizes` does not', () => {
    root.style.setProperty('--text-scale', '1.4');
    expect(pictureSizes('entry')).toBe('(min-width: 40rem) 16.8rem, calc(100vw - 2.8rem)');
    expect(pictureSizes('article')).toBe('(min-width: 58.8rem) 56rem, calc(100vw - 2.8rem)');
  });
});
