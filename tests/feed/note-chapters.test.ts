import { describe, expect, it } from 'vitest';
import { chaptersInNotes } from '../../src/features/feed/utils/note-chapters';

const starts = (notes: string) => chaptersInNotes(notes).map(({ start, title }) => [start, title]);

describe('chapters from the times in show notes', () => {
  it('reads an outline of bracketed times, one per source line of a paragraph', () => {
    // As the Lex Fridman Podcast writes its outline: one paragraph, its lines in the source.
    const notes = `<p>Thank you for listening ❤ Check out our sponsors: <a href="https://example.com/lex">Example</a></p>
<p>OUTLINE:
Here&#8217;s the timestamps for the episode. On some podcast players you should be able to click the timestamp to jump to that time.
(00:00) &#8211; Introduction
(08:39) &#8211; God
(1:12:55) &#8211; Muslim ban
(2:15:30) &#8211; Q&amp;A</p>`;
    expect(starts(notes)).toEqual([
      [0, 'Introduction'],
      [519, 'God'],
      [4375, 'Muslim ban'],
      [8130, 'Q&A'],
    ]);
  });

  it('reads times that open list items and lines broken by <br>', () => {
    expect(
      starts(
        '<h3>Show Notes</h3><ul><li><strong>00:00</strong> Welcome to Syntax!</li><li>03:28 What is Pi?</li><li>26:37 Sponsored by Sentry.io</li></ul>',
      ),
    ).toEqual([
      [0, 'Welcome to Syntax!'],
      [208, 'What is Pi?'],
      [1597, 'Sponsored by Sentry.io'],
    ]);
    expect(
      starts(
        '<p>Heute geht es um Datenschutz.</p><p>00:00 Intro<br/>(03:15) Was die USA planen<br/>12:40 - Fragen der Hörer<br/>1:02:03 – Zu lang</p><p>Treffen um 12:30 Uhr im Studio.</p>',
      ),
    ).toEqual([
      [0, 'Intro'],
      [195, 'Was die USA planen'],
      [760, 'Fragen der Hörer'],
      [3723, 'Zu lang'],
    ]);
  });

  it('takes the outline and not a transcript that follows it, whose speakers open with times', () => {
    const notes = [
      'Related:',
      '00:00:00 Intro: Arcee AI, Trinity Models & Trinity Large',
      '00:08:26 Transitioning a Company to Pre-training',
      '',
      '00:13:00 Technical Decisions: Muon and MoE',
      'Transcript generated with ElevenLabs Scribe v2.',
      '00:00:06 Nathan Lambert:',
      'I’m here with the Arcee AI team.',
      '00:01:16 Mark McQuade:',
      'Thanks for having us.',
    ].join('\n');
    expect(starts(notes)).toEqual([
      [0, 'Intro: Arcee AI, Trinity Models & Trinity Large'],
      [506, 'Transitioning a Company to Pre-training'],
      [780, 'Technical Decisions: Muon and MoE'],
    ]);
  });

  it('reads an outline whose times each have their links listed under them', () => {
    // As JavaScript Jabber wrote its notes: each topic, then a list of its links.
    const notes = `<p><span style="font-size:14px">03:07 - Burke Holland Introduction</span></p>
<ul><li><a href="https://twitter.com/burkeholland">Twitter</a></li><li><a href="https://github.com/burkeholland">GitHub</a></li></ul>
<p><span>04:01 - TJ Van Toll Introduction</span></p>
<ul><li><a href="https://twitter.com/tjvantoll">Twitter</a></li></ul>
<p><span>04:33 - </span><a href="http://www.telerik.com/">Telerik</a></p>
<p><span>48:35 - Data Storage</span></p>`;
    expect(starts(notes)).toEqual([
      [187, 'Burke Holland Introduction'],
      [241, 'TJ Van Toll Introduction'],
      [273, 'Telerik'],
      [2915, 'Data Storage'],
    ]);
  });

  it('links a chapter to the page its title links to, and no chapter to a link beside it', () => {
    const notes = `<ul><li>00:00 <a href="https://a.example/intro">Intro</a></li>
<li>05:10 – <a href="https://a.example/news"><strong>The</strong> news</a>.</li>
<li>12:00 Questions (<a href="https://a.example/form">form</a>)</li>
<li><a href="https://video.example/watch?t=900">15:00</a> Answers</li>
<li>20:00 <a href="/relative">Relative</a></li>
<li>25:00 <a href="javascript:alert(1)">Script</a></li></ul>`;
    expect(chaptersInNotes(notes)).toEqual([
      { start: 0, title: 'Intro', url: 'https://a.example/intro' },
      { start: 310, title: 'The news.', url: 'https://a.example/news' },
      { start: 720, title: 'Questions (form)' },
      // A time that links to the video at that time names the start, not the chapter's page.
      { start: 900, title: 'Answers' },
      { start: 1200, title: 'Relative' },
      { start: 1500, title: 'Script' },
    ]);
    // A link over two lines: only a title that is all of its words on that line links to it.
    expect(
      chaptersInNotes(
        '<p>00:00 <a href="https://a.example/one">One<br>01:00 Two</a><br>02:00 Three</p>',
      ),
    ).toEqual([
      { start: 0, title: 'One', url: 'https://a.example/one' },
      { start: 60, title: 'Two' },
      { start: 120, title: 'Three' },
    ]);
  });

  it('reads an outline whose lines close with their times, where none opens with one', () => {
    expect(
      starts(
        '<p>Chapters:</p><ul><li>Intro - 00:00</li><li>The news (12:40)</li><li>Listener mail – [1:02:03]</li></ul><p>Recorded at 18:30.</p>',
      ),
    ).toEqual([
      [0, 'Intro'],
      [760, 'The news'],
      [3723, 'Listener mail'],
    ]);
    // Lines that open with times are the outline, though others close with one.
    expect(starts('00:00 Intro\n05:00 Middle\n10:00 End\nSee you at 19:00')).toEqual([
      [0, 'Intro'],
      [300, 'Middle'],
      [600, 'End'],
    ]);
    // A transcript whose speakers come before their times, again and again, has none.
    expect(
      chaptersInNotes('Ana 00:01\nHello.\nBo 00:05\nHi.\nAna 00:09\nSo.\nBo 00:14\nYes.'),
    ).toEqual([]);
    // Nor do sentences that end with a time of day.
    expect(chaptersInNotes('Doors open 18:30\nTalks start 19:00\nWe close 22:00.')).toEqual([]);
  });

  it("takes no transcript's turns for chapters", () => {
    const turns = Array.from(
      { length: 8 },
      (_, i) => `00:0${i}:10 Speaker ${i % 2}:\nWhat was said.`,
    );
    expect(chaptersInNotes(turns.join('\n'))).toEqual([]);
  });

  it('reads an outline written as one line, parted at each bracketed time', () => {
    expect(
      starts('<p>(00:00:00) - Intro (00:05:12) - Scaling (01:10:00) - What comes next</p>'),
    ).toEqual([
      [0, 'Intro'],
      [312, 'Scaling'],
      [4200, 'What comes next'],
    ]);
  });

  it('finds none in notes whose times are no outline', () => {
    // Fewer than three.
    expect(chaptersInNotes('<p>00:00 Intro<br>12:40 Questions</p>')).toEqual([]);
    // Not one after the other.
    expect(chaptersInNotes('12:00 Lunch\n09:30 Talks\n15:00 Close')).toEqual([]);
    // Network addresses and subtitles' cues.
    expect(
      chaptersInNotes(
        '<code>00:1e:8c:09:e7:13 192.168.1.2<br />00:21:9b:06:4c:c9 192.168.1.3<br />00:22:9b:06:4c:c9 192.168.1.4</code>',
      ),
    ).toEqual([]);
    expect(
      chaptersInNotes(
        '00:00:01,000 --> 00:00:04,500\n00:00:05,000 --> 00:00:06,000\n00:00:07,000 x',
      ),
    ).toEqual([]);
    // Times of day in sentences, and notes with no times at all.
    expect(
      chaptersInNotes('<p>Doors open at 18:30.</p><p>The talk starts at 19:00 sharp.</p>'),
    ).toEqual([]);
    expect(chaptersInNotes('<p>No times here.</p>')).toEqual([]);
    expect(chaptersInNotes(undefined)).toEqual([]);
  });

  it('reads no words of scripts or styles', () => {
    expect(
      chaptersInNotes(
        '<script>00:00 a\n01:00 b\n02:00 c</script><style>00:00 a\n01:00 b\n02:00 c</style><p>Notes.</p>',
      ),
    ).toEqual([]);
  });
});
