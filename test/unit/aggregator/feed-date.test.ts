import { describe, expect, it } from 'vitest';
import { parseFeedDate, pickFeedDate } from '../../../src/lib/aggregator/normalize/feed-date.ts';

// Expected instants are written as UTC ISO strings; the suite runs in two time zones, so any
// reading of local time would fail in one of them.
describe('parseFeedDate() reads RFC 822 dates in UTC', () => {
	it.each([
		['Tue, 03 Jun 2003 09:39:21 GMT', '2003-06-03T09:39:21.000Z'],
		['Tue, 03 Jun 2003 09:39:21 UT', '2003-06-03T09:39:21.000Z'],
		['Tue, 03 Jun 2003 09:39:21 Z', '2003-06-03T09:39:21.000Z'],
		['Tue, 04 Sep 2018 18:48 EDT', '2018-09-04T22:48:00.000Z'],
		['Tue, 21 Aug 2012 10:33:00 EST', '2012-08-21T15:33:00.000Z'],
		['Mon, 05 Mar 2012 10:33:00 CST', '2012-03-05T16:33:00.000Z'],
		['Mon, 04 Jun 2012 10:33:00 CDT', '2012-06-04T15:33:00.000Z'],
		['Mon, 05 Mar 2012 10:33:00 MST', '2012-03-05T17:33:00.000Z'],
		['Mon, 04 Jun 2012 10:33:00 MDT', '2012-06-04T16:33:00.000Z'],
		['Mon, 05 Mar 2012 10:33:00 PST', '2012-03-05T18:33:00.000Z'],
		['Mon, 04 Jun 2012 10:33:00 PDT', '2012-06-04T17:33:00.000Z'],
		['Mon, 24 Sep 2018 19:22:00 -0300', '2018-09-24T22:22:00.000Z'],
		['Mon, 24 Sep 2018 19:22:00 +05:30', '2018-09-24T13:52:00.000Z'],
		['Wed, 5 Feb 2014 10:00:00 +0100', '2014-02-05T09:00:00.000Z'],
		['Mon, 21 Jan 2008 8:56 am PST', '2008-01-21T16:56:00.000Z'],
		['Mon, 21 Jan 2008 8:56 pm PST', '2008-01-22T04:56:00.000Z'],
		['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'],
		['Sunday, 06-Nov-94 08:49:37 GMT', '1994-11-06T08:49:37.000Z'],
		['Tue, 03 Jun 2003 09:39:21', '2003-06-03T09:39:21.000Z'],
		['Seg, 24 Set 2018 19:22:00 -0300', '2018-09-24T22:22:00.000Z'],
		['Thu, 01 Jan 1970 00:00:00 GMT', '1970-01-01T00:00:00.000Z'],
		['  Wed, 29 May 2019 10:16:00 GMT \n ', '2019-05-29T10:16:00.000Z'],
		['<![CDATA[Wed, 29 May 2019 10:16:00 GMT]]>  ', '2019-05-29T10:16:00.000Z'],
	])('%j is %s', (raw, iso) => {
		expect(parseFeedDate(raw)?.toISOString()).toBe(iso);
	});
});

describe('parseFeedDate() reads ISO 8601 dates, zone-less ones as UTC', () => {
	it.each([
		['2016-02-01T17:22:00+01:00', '2016-02-01T16:22:00.000Z'],
		['2018-11-19T21:45:04.398Z', '2018-11-19T21:45:04.398Z'],
		['2016-06-03T07:38:00.000-07:00', '2016-06-03T14:38:00.000Z'],
		['2001-01-01T00:00+00:00', '2001-01-01T00:00:00.000Z'],
		['2024-05-20T14:07:34', '2024-05-20T14:07:34.000Z'],
		['2024-05-20 14:07:34 +0200', '2024-05-20T12:07:34.000Z'],
		['2019-08-27', '2019-08-27T00:00:00.000Z'],
		['2020/1/10 14:16:00', '2020-01-10T14:16:00.000Z'],
		['1970-01-01T00:00:01Z', '1970-01-01T00:00:01.000Z'],
	])('%j is %s', (raw, iso) => {
		expect(parseFeedDate(raw)?.toISOString()).toBe(iso);
	});
});

describe('parseFeedDate() returns null for what it cannot read', () => {
	it.each([
		null,
		'',
		'   ',
		'Invalid Date',
		'1518478934',
		'yesterday',
		'Mon, 31 Feb 2020 10:00:00 GMT',
		'2020-13-01',
		'2020-02-30T10:00:00Z',
		'Mon, 21 Jan 2008 25:00:00 GMT',
		'Mon, 21 Jan 2008 10:00:00 XYZ',
		'Τρί, 24 Φεβ 2004 12:00:00 GMT',
	])('%j', (raw) => {
		expect(parseFeedDate(raw)).toBeNull();
	});
});

describe('parseFeedDate() on hostile input', () => {
	it('returns null for an overlong string', () => {
		expect(parseFeedDate(`Mon, 21 Jan 2008 ${'-'.repeat(5000)}`)).toBeNull();
		expect(parseFeedDate(`${'1'.repeat(5000)}-01-01`)).toBeNull();
	});
});

describe('pickFeedDate()', () => {
	it.each([
		{
			name: 'takes the first candidate that parses, skipping an epoch number',
			candidates: ['1518478934', 'Mon, 16 Oct 2017 10:00:00 GMT'],
			picked: 'Mon, 16 Oct 2017 10:00:00 GMT',
		},
		{
			name: 'keeps document order among parseable candidates',
			candidates: [null, '2001-01-01', '2002-02-02'],
			picked: '2001-01-01',
		},
		{
			name: 'falls back to the first non-blank raw string when none parses',
			candidates: ['  ', 'Seg, 24 Xyz 2018', 'later'],
			picked: 'Seg, 24 Xyz 2018',
		},
		{
			name: 'is null when every candidate is blank',
			candidates: [null, undefined, ' '],
			picked: null,
		},
	])('$name', ({ candidates, picked }) => {
		expect(pickFeedDate(candidates)).toBe(picked);
	});
});
