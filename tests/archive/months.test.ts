import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  byYear,
  countByMonth,
  localMonth,
  monthName,
  neighbours,
  parseMonth,
} from '../../src/features/archive/utils/months';

describe('months of the archive', () => {
  const archive = countByMonth([
    { published: '2019-07-03T16:45:00Z' },
    { published: '2019-07-01T09:30:00Z' },
    { published: '2019-06-20T09:45:00Z' },
    { published: '2018-12-31T23:00:00Z' },
    {},
    { published: '2019-06-30T12:00:00Z' },
  ]);

  it('counts articles by local month, newest first, and counts the undated apart', () => {
    expect(archive.months.map(({ key, count }) => [key, count])).toEqual([
      ['2019-07', 2],
      ['2019-06', 2],
      ['2018-12', 1],
    ]);
    expect(archive.undated).toBe(1);
  });

  it('groups months under their year', () => {
    expect(byYear(archive.months).map(({ year, months }) => [year, months.length])).toEqual([
      [2019, 2],
      [2018, 1],
    ]);
  });

  it('finds the nearest months with articles either side, skipping empty months', () => {
    const around = neighbours(archive.months, '2019-06');
    expect(around.newer?.key).toBe('2019-07');
    expect(around.older?.key).toBe('2018-12');
    expect(neighbours(archive.months, '2019-03')).toMatchObject({
      newer: { key: '2019-06' },
      older: { key: '2018-12' },
    });
    expect(neighbours(archive.months, '2019-07').newer).toBeUndefined();
  });

  it('reads months from the address, refusing what names none', () => {
    expect(parseMonth('2019', '07')).toEqual({ key: '2019-07', year: 2019, month: 7 });
    expect(parseMonth('2019', '7')?.key).toBe('2019-07');
    for (const [year, month] of [
      ['2019', '13'],
      ['2019', '00'],
      ['19', '07'],
      ['2019', 'july'],
      ['2019', undefined],
    ]) {
      expect(parseMonth(year, month)).toBeUndefined();
    }
  });

  it('names months in the reader’s language and uses the local calendar', () => {
    expect(monthName({ key: '2019-07', year: 2019, month: 7 })).toBe('July 2019');
    expect(localMonth('2019-06-30T23:30:00Z')).toBe('2019-06');
  });

  it('counts a day given without a time in its own month, wherever the reader is', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(localMonth('2005-12-01')).toBe('2005-12');
      expect(localMonth('2005-12-01T00:00:00.000Z')).toBe('2005-11');
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe('month names in another calendar', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are the Gregorian months the archive goes by, in a Persian reader’s language', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fa-IR');
    vi.resetModules();
    const months = await import('../../src/features/archive/utils/months');
    // Not "۱۳۸۸ مرداد", the Persian month from 23 July to 22 August.
    expect(months.monthName({ key: '2009-08', year: 2009, month: 8 })).toBe('اوت ۲۰۰۹');
  });
});
