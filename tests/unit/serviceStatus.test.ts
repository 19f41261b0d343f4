import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/schemas/event';
import {
  effectiveDay,
  mechanismAt,
  mechanismSteps,
  serviceStatusAt,
  statusAt,
  statusChanges,
  statusOfEvent,
} from '../../src/charts/serviceStatus';
import { mapsDataset } from '../fixtures/maps-dataset';

const src = [{ url: 'https://example.org/a', publisher: 'Example' }];
function ev(p: Partial<Event> & Pick<Event, 'id' | 'date' | 'category'>): Event {
  return {
    precision: p.date.length === 10 ? 'day' : p.date.length === 7 ? 'month' : 'year',
    country: 'RU',
    actor: 'Regulator',
    subject: 'Service',
    title: 'Title',
    summary: 'Summary.',
    sources: src,
    confidence: 'verified',
    ...p,
  } as Event;
}

describe('service status at a date', () => {
  const events = [
    ev({ id: 'x-block-2018', date: '2018-04-16', category: 'block', service: 'x' }),
    ev({ id: 'x-unblock-2020', date: '2020-06-18', category: 'unblock', service: 'x' }),
  ];

  it('a service blocked in 2018 and unblocked in 2020 is open in 2021', () => {
    expect(serviceStatusAt(events, 'RU', 'x', '2021-01-01')).toBe('open');
  });

  it('is blocked between the two events, from the day of the block', () => {
    expect(serviceStatusAt(events, 'RU', 'x', '2018-04-16')).toBe('blocked');
    expect(serviceStatusAt(events, 'RU', 'x', '2020-06-17')).toBe('blocked');
    expect(serviceStatusAt(events, 'RU', 'x', '2020-06-18')).toBe('open');
  });

  it('says "no restriction recorded" before any event, never "open"', () => {
    expect(serviceStatusAt(events, 'RU', 'x', '2018-04-15')).toBe('none');
    expect(serviceStatusAt(events, 'CN', 'x', '2021-01-01')).toBe('none');
    expect(serviceStatusAt(events, 'RU', 'y', '2021-01-01')).toBe('none');
  });

  it('maps categories, and serviceStatus overrides the category', () => {
    expect(statusOfEvent({ category: 'throttle', service: 'x' })).toBe('throttled');
    expect(statusOfEvent({ category: 'unblock', service: 'x', serviceStatus: 'throttled' })).toBe(
      'throttled',
    );
    expect(statusOfEvent({ category: 'block', service: 'x', serviceStatus: 'throttled' })).toBe('throttled');
    expect(statusOfEvent({ category: 'other', service: 'x' })).toBeNull();
    expect(statusOfEvent({ category: 'other', service: 'x', serviceStatus: 'blocked' })).toBe('blocked');
    expect(statusOfEvent({ category: 'block' })).toBeNull();
  });

  it('counts a date known only by year or month from its last day', () => {
    expect(effectiveDay('2015')).toBe('2015-12-31');
    expect(effectiveDay('2016-02')).toBe('2016-02-29');
    expect(effectiveDay('2017-05-04')).toBe('2017-05-04');
    const yearOnly = [ev({ id: 'w-2015', date: '2015', category: 'block', service: 'w', country: 'CN' })];
    expect(serviceStatusAt(yearOnly, 'CN', 'w', '2015-06-01')).toBe('none');
    expect(serviceStatusAt(yearOnly, 'CN', 'w', '2015-12-31')).toBe('blocked');
  });

  it('ends a period at its endDate, returning to the earlier status', () => {
    const e = [
      ev({ id: 'z-block', date: '2019-01-01', category: 'block', service: 'z' }),
      ev({ id: 'z-unblock', date: '2019-06-01', category: 'unblock', service: 'z' }),
      ev({ id: 'z-throttle', date: '2020-03-01', endDate: '2020-03-31', category: 'throttle', service: 'z' }),
    ];
    expect(serviceStatusAt(e, 'RU', 'z', '2020-03-31')).toBe('throttled');
    expect(serviceStatusAt(e, 'RU', 'z', '2020-04-01')).toBe('open');
  });

  it('dates a run of the same status from its first event', () => {
    const e = [
      ev({ id: 't1', date: '2021-03-10', category: 'throttle', service: 't' }),
      ev({ id: 't2', date: '2021-04-05', category: 'throttle', service: 't' }),
    ];
    const at = statusAt(statusChanges(e, 'RU', 't'), '2021-05-01');
    expect(at.status).toBe('throttled');
    expect(at.change?.id).toBe('t2');
    expect(at.since?.id).toBe('t1');
  });

  it('reads the WeChat week from the dataset', () => {
    const e = mapsDataset.events;
    expect(serviceStatusAt(e, 'RU', 'wechat', '2017-05-03')).toBe('none');
    expect(serviceStatusAt(e, 'RU', 'wechat', '2017-05-04')).toBe('blocked');
    expect(serviceStatusAt(e, 'RU', 'wechat', '2017-05-10')).toBe('blocked');
    expect(serviceStatusAt(e, 'RU', 'wechat', '2017-05-11')).toBe('open');
    expect(serviceStatusAt(e, 'CN', 'whatsapp', '2017-08-01')).toBe('throttled');
    expect(serviceStatusAt(e, 'CN', 'whatsapp', '2017-09-23')).toBe('blocked');
    expect(serviceStatusAt(e, 'RU', 'telegram', '2019-01-01')).toBe('blocked');
    expect(serviceStatusAt(e, 'RU', 'telegram', '2021-01-01')).toBe('open');
  });
});

describe('mechanism cells', () => {
  const e = [
    ev({ id: 'law-signed', date: '2014-07-21', category: 'law', mechanisms: ['m'] }),
    ev({ id: 'law-in-force', date: '2015-09-01', category: 'law-in-force', mechanisms: ['m'] }),
    ev({ id: 'later-in-force', date: '2016-01-01', category: 'law-in-force', mechanisms: ['m'] }),
    ev({
      id: 'only-regulation',
      date: '2017-01-22',
      category: 'regulation',
      mechanisms: ['r'],
      country: 'CN',
    }),
  ];

  it('answers with the earliest law-in-force record, preceded by an earlier adoption', () => {
    const steps = mechanismSteps(e, 'RU', 'm');
    expect(steps.map((s) => [s.id, s.stage])).toEqual([
      ['law-signed', 'adopted'],
      ['law-in-force', 'in-force'],
    ]);
  });

  it('shows a rule only once it took effect by the date', () => {
    const steps = mechanismSteps(e, 'RU', 'm');
    expect(mechanismAt(steps, '2014-07-20')).toBeUndefined();
    expect(mechanismAt(steps, '2015-01-01')?.stage).toBe('adopted');
    expect(mechanismAt(steps, '2015-09-01')?.id).toBe('law-in-force');
    expect(mechanismAt(steps)?.id).toBe('law-in-force');
  });

  it('falls back to the earliest other record when no law-in-force exists', () => {
    const steps = mechanismSteps(e, 'CN', 'r');
    expect(steps.map((s) => [s.id, s.stage])).toEqual([['only-regulation', 'applied']]);
    expect(mechanismSteps(e, 'CN', 'm')).toEqual([]);
  });

  it('counts a rule in use (register, blocks, a system in operation) as in effect without a law', () => {
    const x = [
      ev({ id: 'system', date: '2003-11', category: 'other', mechanisms: ['f'], country: 'CN' }),
      ev({ id: 'law-a', date: '2012-07-28', category: 'law', mechanisms: ['b'], subject: 'Law A (gloss)' }),
      ev({ id: 'register', date: '2012-11-01', category: 'registry', mechanisms: ['b'] }),
      ev({ id: 'decision', date: '2012-12-28', category: 'law', mechanisms: ['n'], subject: 'Decision' }),
      ev({
        id: 'other-in-force',
        date: '2015-03-01',
        category: 'law-in-force',
        mechanisms: ['n'],
        subject: 'Provisions',
      }),
    ];
    expect(mechanismSteps(x, 'CN', 'f').map((s) => [s.id, s.stage])).toEqual([['system', 'applied']]);
    // A law without an in-force record of its own is not "pending", and a register makes it in effect.
    expect(mechanismSteps(x, 'RU', 'b').map((s) => [s.id, s.stage])).toEqual([
      ['law-a', 'undated'],
      ['register', 'applied'],
    ]);
    // A later in-force record of a different instrument does not make the earlier law pending.
    expect(mechanismSteps(x, 'RU', 'n').map((s) => [s.id, s.stage])).toEqual([
      ['decision', 'undated'],
      ['other-in-force', 'in-force'],
    ]);
  });

  it('pairs a Chinese law name with its in-force record across a full-width gloss （…）', () => {
    const x = [
      ev({
        id: 'adopted',
        date: '2016-11-07',
        category: 'law',
        mechanisms: ['c'],
        subject: '《网络安全法》（草案）',
      }),
      ev({
        id: 'in-force',
        date: '2017-06-01',
        category: 'law-in-force',
        mechanisms: ['c'],
        subject: '《网络安全法》',
      }),
    ];
    expect(mechanismSteps(x, 'RU', 'c').map((s) => [s.id, s.stage])).toEqual([
      ['adopted', 'adopted'],
      ['in-force', 'in-force'],
    ]);
  });

  it('reads Russian data localisation from the dataset: in force 1 September 2015', () => {
    const steps = mechanismSteps(mapsDataset.events, 'RU', 'data-localisation');
    expect(mechanismAt(steps)?.id).toBe('ru-law-242fz-in-force-2015');
    expect(mechanismAt(steps, '2017-05-04')?.stage).toBe('in-force');
  });
});
