import { describe, expect, test } from 'vitest';
import { timelineData } from '../../src/charts/timeline/data';
import { timelineDetails } from '../../src/charts/timeline/details';
import { renderTimeline } from '../../src/charts/timeline/render';
import type { Event } from '../../src/schemas/event';
import { selectWorldMap } from '../../src/charts/worldMap/model';
import { worldMapDetails } from '../../src/charts/worldMap/details';
import { mapsDataset } from '../fixtures/maps-dataset';
import { serviceMatrix } from '../../src/charts/serviceMatrix';
import { serviceMatrixDetails } from '../../src/charts/serviceMatrix/details';
import { mechanismMatrix } from '../../src/charts/mechanismMatrix';
import { mechanismMatrixDetails } from '../../src/charts/mechanismMatrix/details';
import { fixtureEvents, fixtureServices, serverDocument } from '../fixtures/timeline-data';

/** The details card of one event, as the build writes it, with the event's sources of these kinds. */
function cardNotes(kinds: ('secondary' | 'news')[]): string[] {
  const base = fixtureEvents.find((e) => e.id === 'ru-wechat-block-2017') ?? fixtureEvents[0]!;
  const event: Event = {
    ...base,
    sources: kinds.map((kind, i) => ({ url: `https://example.org/${i}`, publisher: `P${i}`, kind })),
  };
  const data = timelineData([event], fixtureServices);
  const year = event.date.slice(0, 4);
  const state = { focus: [`${year}-01-01`, `${year}-12-31`] } as never;
  const svg = renderTimeline(data, state, { document: serverDocument(), width: 960, height: 440 });
  const cards = timelineDetails.marks(data, state, svg);
  return cards[event.id]?.notes ?? [];
}

describe('timeline details card: thinly sourced records (issue #13)', () => {
  test('an event whose sources are all secondary says so', () => {
    expect(cardNotes(['secondary', 'secondary']).some((n) => n.startsWith('Thinly sourced'))).toBe(true);
  });
  test('one news source among secondary ones is enough', () => {
    expect(cardNotes(['secondary', 'news']).some((n) => n.startsWith('Thinly sourced'))).toBe(false);
  });
});

describe('world map details line: thinly sourced scores (issue #13)', () => {
  const score = mapsDataset.fotnScores.find((s) => s.country === 'RU')!;
  const line = (kinds: ('secondary' | 'research')[]) => {
    const s = {
      ...score,
      sources: kinds.map((kind, i) => ({ url: `https://example.org/${i}`, publisher: `P${i}`, kind })),
    };
    const data = selectWorldMap({ ...mapsDataset, fotnScores: [s] });
    return worldMapDetails.marks(data, { year: s.edition } as never, null as never).RU?.title ?? '';
  };
  test('a score whose sources are all secondary says so', () => {
    expect(line(['secondary'])).toContain('Thinly sourced');
  });
  test('a research source is enough', () => {
    expect(line(['secondary', 'research'])).not.toContain('Thinly sourced');
  });
});

/** The mapsDataset with one event's sources replaced by sources of these kinds. */
function withKinds(id: string, kinds: ('secondary' | 'news')[]) {
  return {
    ...mapsDataset,
    events: mapsDataset.events.map((e) =>
      e.id === id
        ? {
            ...e,
            sources: kinds.map((kind, i) => ({ url: `https://example.org/${i}`, publisher: `P${i}`, kind })),
          }
        : e,
    ),
  };
}

describe('services matrix details line: thinly sourced changes (issue #13)', () => {
  const line = (kinds: ('secondary' | 'news')[]) => {
    const data = serviceMatrix.select(withKinds('ru-wechat-block-2017', kinds));
    return (
      serviceMatrixDetails.marks(data, { date: '2017-05-05' } as never, null as never)['RU:wechat']?.title ??
      ''
    );
  };
  test('a change whose record has only secondary sources says so', () => {
    expect(line(['secondary'])).toContain('Thinly sourced');
  });
  test('a news source is enough', () => {
    expect(line(['secondary', 'news'])).toMatch(/^WeChat in Russia/);
    expect(line(['secondary', 'news'])).not.toContain('Thinly sourced');
  });
});

describe('mechanisms matrix details line: thinly sourced steps (issue #13)', () => {
  const line = (kinds: ('secondary' | 'news')[]) => {
    const data = mechanismMatrix.select(withKinds('cn-golden-shield-start-1998', kinds));
    return mechanismMatrixDetails.marks(data, { date: '1999-01-01' } as never, null as never)[
      'CN:traffic-filtering'
    ]?.title;
  };
  test('a step whose record has only secondary sources says so', () => {
    expect(line(['secondary'])).toContain('Thinly sourced');
  });
  test('a news source is enough', () => {
    expect(line(['news'])).toContain('cn-golden-shield-start-1998');
    expect(line(['news'])).not.toContain('Thinly sourced');
  });
});
