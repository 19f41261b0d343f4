import { describe, expect, it } from 'vitest';
import { CATEGORIES, parseState, refs, stateFromQuery, stateToQuery } from '../../src/charts/timeline/state';
import { CategorySchema } from '../../src/schemas/event';

describe('timeline state: parseState', () => {
  it('accepts a step state as editors write it', () => {
    const r = parseState({
      focus: ['2017-04-25', '2017-05-20'],
      highlight: ['ru-wechat-block-2017'],
      annotate: ['ru-wechat-block-2017'],
      countries: ['RU'],
      categories: ['block', 'unblock'],
    });
    expect(r).toEqual({
      ok: true,
      state: {
        focus: ['2017-04-25', '2017-05-20'],
        highlight: ['ru-wechat-block-2017'],
        annotate: ['ru-wechat-block-2017'],
        countries: ['RU'],
        categories: ['block', 'unblock'],
      },
    });
  });

  it('treats a missing state as the default', () => {
    expect(parseState(undefined)).toEqual({ ok: true, state: {} });
    expect(parseState({})).toEqual({ ok: true, state: {} });
  });

  it('names an unknown key and lists the known ones', () => {
    const r = parseState({ zoom: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { key: 'zoom', message: expect.stringContaining('focus, highlight, annotate, countries, categories') },
    ]);
  });

  it.each([
    [['2017-05-20', '2017-04-25']], // start after end
    [['2017-05-04', '2017-05-04']], // empty range
    [['2017-02-30', '2017-03-01']], // not a calendar day
    [['2017-05', '2017-06']], // months, not days
    ['2017-05-04'],
    [['2017-05-04']],
  ])('rejects focus %j with a message an editor understands', (focus) => {
    const r = parseState({ focus });
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          key: 'focus',
          message: expect.stringMatching(
            /^focus: expected two dates \[start, end\] written YYYY-MM-DD, start before end/,
          ),
        },
      ],
    });
  });

  it('rejects more than three callouts, bad ids, lower-case countries and unknown categories, key by key', () => {
    const r = parseState({
      annotate: ['a', 'b', 'c', 'd'],
      highlight: ['Not An Id'],
      countries: ['ru'],
      categories: ['blocks'],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.key)).toEqual(['annotate', 'highlight', 'countries', 'categories']);
    expect(r.problems[0]!.message).toContain('1 to 3 event ids');
    expect(r.problems[3]!.message).toContain('"law-in-force"');
  });

  it('rejects empty lists and a state that is not an object', () => {
    expect(parseState({ countries: [] }).ok).toBe(false);
    expect(parseState({ categories: [] }).ok).toBe(false);
    expect(parseState('focus').ok).toBe(false);
    expect(parseState([]).ok).toBe(false);
  });

  it('drops repeated ids', () => {
    expect(parseState({ highlight: ['a', 'a', 'b'] })).toEqual({
      ok: true,
      state: { highlight: ['a', 'b'] },
    });
  });

  it('uses exactly the categories of the event schema', () => {
    expect([...CATEGORIES]).toEqual(CategorySchema.options);
  });
});

describe('timeline state: refs', () => {
  it('lists highlighted and annotated events once, and the countries (RU and CN by default)', () => {
    expect(refs({ highlight: ['a', 'b'], annotate: ['b', 'c'] })).toEqual({
      events: ['a', 'b', 'c'],
      countries: ['RU', 'CN'],
    });
    expect(refs({ countries: ['RU'] })).toEqual({ events: [], countries: ['RU'] });
  });
});

describe('timeline state: stateFromQuery (embed URLs)', () => {
  it('reads every key', () => {
    const q = new URLSearchParams(
      'focus=2017-04-25,2017-05-20&highlight=ru-wechat-block-2017,ru-wechat-unblock-2017&annotate=ru-wechat-block-2017&countries=ru,CN&categories=block,unblock',
    );
    expect(stateFromQuery(q)).toEqual({
      focus: ['2017-04-25', '2017-05-20'],
      highlight: ['ru-wechat-block-2017', 'ru-wechat-unblock-2017'],
      annotate: ['ru-wechat-block-2017'],
      countries: ['RU', 'CN'],
      categories: ['block', 'unblock'],
    });
  });

  it('drops each invalid key to its default and keeps the valid ones; never throws', () => {
    const q = new URLSearchParams(
      'focus=2017-05-20,2017-04-25&highlight=ru-wechat-block-2017&categories=nope&annotate=a,b,c,d&zoom=9',
    );
    expect(stateFromQuery(q)).toEqual({ highlight: ['ru-wechat-block-2017'] });
    for (const junk of [
      'focus=%00',
      'countries=',
      'highlight=<script>',
      'categories=,,,',
      'focus=1,2,3',
      '%E0%A4%A=1',
    ])
      expect(() => stateFromQuery(new URLSearchParams(junk))).not.toThrow();
    expect(stateFromQuery(new URLSearchParams('highlight=<script>'))).toEqual({});
    expect(stateFromQuery(new URLSearchParams(''))).toEqual({});
  });

  it('round-trips through stateToQuery', () => {
    const state = {
      focus: ['2017-04-25', '2017-05-20'] as [string, string],
      countries: ['RU'],
      highlight: ['ru-wechat-block-2017'],
    };
    expect(stateToQuery(state)).toBe(
      'focus=2017-04-25,2017-05-20&highlight=ru-wechat-block-2017&countries=RU',
    );
    expect(stateFromQuery(new URLSearchParams(stateToQuery(state)))).toEqual(state);
  });
});

describe('timeline state: unknown event ids stop the build, naming the step', () => {
  it('reports an id that is not in the dataset, with the step it is in', async () => {
    const { parseFigureState } = await import('../../src/lib/figures');
    const { timeline } = await import('../../src/charts/timeline/index');
    const { fixtureEvents } = await import('../fixtures/timeline-data');
    const ds = {
      events: fixtureEvents,
      figures: [],
      fotnScores: [],
      fotnScales: [],
      services: [],
      mechanisms: [],
    };
    const where = {
      label: '<Step id="block-day"> in <Scrolly id="wechat-week">',
      file: 'content/chapters/01-the-week-wechat-went-dark.mdx:18',
    };
    expect(() => parseFigureState(timeline, { highlight: ['ru-wechat-blok-2017'] }, ds, where)).toThrow(
      /01-the-week-wechat-went-dark\.mdx:18 · <Step id="block-day"> in <Scrolly id="wechat-week"> · field "state\.events": "ru-wechat-blok-2017" is not an event id/,
    );
    expect(() => parseFigureState(timeline, { focus: ['2017-05-20', '2017-04-25'] }, ds, where)).toThrow(
      /field "state\.focus": focus: expected two dates/,
    );
    expect(parseFigureState(timeline, { highlight: ['ru-wechat-block-2017'] }, ds, where)).toEqual({
      highlight: ['ru-wechat-block-2017'],
    });
  });
});
