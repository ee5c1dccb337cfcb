import { afterEach, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/lib/parse-date';

describe('parseDate: the dates real feeds write', () => {
  it.each([
    // Sky Sports: British Summer Time.
    ['Fri, 17 May 2019 06:00:00 BST', '2019-05-17T05:00:00.000Z'],
    ['Fri, 17 May 2019 06:00:00 CEST', '2019-05-17T04:00:00.000Z'],
    ['Fri, 17 May 2019 06:00:00 cet', '2019-05-17T05:00:00.000Z'],
    ['Mon, 01 Jul 2019 10:00:00 IST', '2019-07-01T04:30:00.000Z'],
    ['Sat, 1 Jun 2019 1:02:03 EEST', '2019-05-31T22:02:03.000Z'],
    ['Tue, 05 Mar 2019 09:00:00 AEDT', '2019-03-04T22:00:00.000Z'],
    ['Fri, 17 May 2019 06:00:00 +02', '2019-05-17T04:00:00.000Z'],
    // Band News FM's podcast: GMT misspelt.
    ['Thu, 8 Sep 2016 09:55:00 GTM', '2016-09-08T09:55:00.000Z'],
    // Localised names, with a zone by name too.
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['Mi, 24 Okt 2018 19:42:40 MESZ', undefined],
    ['Mi, 24 Okt 2018 19:42:40 CEST', '2018-10-24T17:42:40.000Z'],
    // An RSS 0.92 sample: two-digit year, a time without its colon.
    ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'],
    ['Wed, 03 Apr 2002 1500 +0100', '2002-04-03T14:00:00.000Z'],
    // feedparser's collection: Greek, Hungarian and Korean dates, Disney's zones, Google's month.
    ['Κυρ, 11 Ιούλ 2004 12:00:00 EST', '2004-07-11T17:00:00.000Z'],
    ['2004-július-13T9:15-05:00', '2004-07-13T14:15:00.000Z'],
    ['2004-05-25 오후 11:23:17', '2004-05-25T14:23:17.000Z'],
    ['2004-05-25 오전 12:03:00', '2004-05-24T15:03:00.000Z'],
    ['2004년 05월 28일  01:31:15', '2004-05-27T16:31:15.000Z'],
    ['Mon, 26 January 2004 16:31:00 ET', '2004-01-26T21:31:00.000Z'],
    ['Mon, 26 January 2004 16:31:00 PT', '2004-01-27T00:31:00.000Z'],
    ['Wed, 19 Aug 2009 18:28:00 Etc/GMT', '2009-08-19T18:28:00.000Z'],
    ['2003-012-31T10:14:55+00:00', '2003-12-31T10:14:55.000Z'],
    ['Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21.000Z'],
    // WordPress in Thai: months with dots inside, the year by the Gregorian or Buddhist count.
    ['พฤ., 03 พ.ย. 2005 21:24:18 +0000', '2005-11-03T21:24:18.000Z'],
    ['พฤ., 03 พ.ย. 2548 21:24:18 +0700', '2005-11-03T14:24:18.000Z'],
    ['อ., 27 ธ.ค. 2005 09:00:00 +0700', '2005-12-27T02:00:00.000Z'],
    ['Sun, 16 zzz 2012 11:47:32 GMT', undefined],
    ['2004-zzz-13T9:15-05:00', undefined],
    ['2003-12-31T25:14:55Z', undefined],
    // Drupal writes the date inside a <time> element.
    [
      '\n  <time datetime="2019-05-03T19:21:28Z">Fri, 05/03/2019 - 15:21</time>\n',
      '2019-05-03T19:21:28.000Z',
    ],
    ['<span>Fri, 03 May 2019 19:21:28 GMT</span>', '2019-05-03T19:21:28.000Z'],
    // Already readable: unchanged.
    ['2019-06-30T10:00:00Z', '2019-06-30T10:00:00.000Z'],
    ['Sun, 30 Jun 2019 10:00:00 PDT', '2019-06-30T17:00:00.000Z'],
    // Unknown zones and nonsense stay unreadable rather than guessed.
    ['Fri, 17 May 2019 06:00:00 XYZ', undefined],
    ['yesterday', undefined],
    ['31.02.x', undefined],
    // Hugo's date for a page without one (Date.parse would read it as 2001), and the like.
    ['Mon, 01 Jan 0001 00:00:00 +0000', undefined],
    ['Jan 1, 0001', undefined],
    // A time without its colon is no year.
    ['Tue, 10 Jun 2003 0930 GMT', '2003-06-10T09:30:00.000Z'],
    // Sparkle appcasts: seconds since 1970 (Surge's), or milliseconds; no year 1780 of nine digits.
    ['1780324303', '2026-06-01T14:31:43.000Z'],
    ['1780324303000', '2026-06-01T14:31:43.000Z'],
    ['178032', undefined],
    // Django's own format (an appcast made with it): months with a dot, "p.m.", "noon".
    ['Aug. 6, 2015, 4:39 p.m.', '2015-08-06T16:39:00.000Z'],
    ['Sept. 1, 2015, 9 a.m.', '2015-09-01T09:00:00.000Z'],
    ['March 2, 2015, noon', '2015-03-02T12:00:00.000Z'],
    ['May 5, 2015, midnight', '2015-05-05T00:00:00.000Z'],
  ])('%j is %s', (written, iso) => {
    expect(parseDate(written)).toBe(iso);
  });

  it('reads a day-first date with dots on its day', () => {
    expect(parseDate('22.11.2022 12:16:00')).toBe('2022-11-22T12:16:00.000Z');
    expect(parseDate('1.2.2020')).toBe('2020-02-01');
  });

  it('reads a date with slashes day first where it cannot be month first (ABC iview)', () => {
    expect(parseDate('15/12/2010 19:30:00')).toBe('2010-12-15T19:30:00.000Z');
    expect(parseDate('31/1/2011 8:05')).toBe('2011-01-31T08:05:00.000Z');
    expect(parseDate('15/13/2010')).toBeUndefined();
  });

  it('reads an hour written with one digit', () => {
    expect(parseDate('2009-01-12T5:40:14-05:00')).toBe('2009-01-12T10:40:14.000Z');
  });
});

describe('parseDate: a time that names no zone', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  // adactio.com's JSON Feed, an RSS date without its zone, a Czech site's dotted date.
  it.each([
    ['2022-07-26 13:01:01', '2022-07-26T13:01:01.000Z'],
    ['2022-07-26T13:01:01.5', '2022-07-26T13:01:01.500Z'],
    ['Tue, 26 Jul 2022 13:01:01', '2022-07-26T13:01:01.000Z'],
    ['22.11.2022 12:16', '2022-11-22T12:16:00.000Z'],
    // A Chinese CMS's month and day of one digit.
    ['2005-5-28 16:05:36', '2005-05-28T16:05:36.000Z'],
    // Slashes (kc0011.rss, RSParser's tests), and the shapes Date.parse reads in the device's zone.
    ['2020/1/10 14:33:00', '2020-01-10T14:33:00.000Z'],
    ['01/10/2020 14:33:00', '2020-01-10T14:33:00.000Z'],
    ['January 10, 2020 14:33', '2020-01-10T14:33:00.000Z'],
    ['Jan 10, 2020 2:33 PM', '2020-01-10T14:33:00.000Z'],
    ['Fri Jan 10 2020 14:33:00', '2020-01-10T14:33:00.000Z'],
  ])('reads %j as UTC, the same moment for every reader', (written, iso) => {
    for (const readerZone of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
      process.env.TZ = readerZone;
      expect(parseDate(written)).toBe(iso);
    }
  });

  it('keeps a zone that is named', () => {
    process.env.TZ = 'Asia/Tokyo';
    expect(parseDate('Tue, 26 Jul 2022 13:01:01 +0200')).toBe('2022-07-26T11:01:01.000Z');
    expect(parseDate('2022-07-26T13:01:01-04:00')).toBe('2022-07-26T17:01:01.000Z');
  });

  // RSS 1.0's dc:date as many Japanese and Russian sites wrote it, and other days alone.
  it.each([
    ['2005-12-27', '2005-12-27'],
    ['2005-5-8', '2005-05-08'],
    ['2005/12/27', '2005-12-27'],
    ['27.12.2005', '2005-12-27'],
    ['Tue, 27 Dec 2005', '2005-12-27'],
    ['December 27, 2005', '2005-12-27'],
  ])('reads %j as that day alone, in every time zone', (written, day) => {
    for (const readerZone of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Auckland', 'UTC']) {
      process.env.TZ = readerZone;
      expect(parseDate(written)).toBe(day);
    }
  });
});
