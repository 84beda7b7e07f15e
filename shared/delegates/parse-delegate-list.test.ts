import { describe, expect, it } from 'vitest';
import { parseDelegateList } from './parse-delegate-list';

describe('parseDelegateList', () => {
  it('reads one name per line', () => {
    const r = parseDelegateList('Amina Khan\nBen Lee\n');
    expect(r.errors).toEqual([]);
    expect(r.delegates.map((d) => d.delegate.name)).toEqual(['Amina Khan', 'Ben Lee']);
    expect(r.delegates[1]).toMatchObject({ line: 2, delegate: { role: '', institution: '', email: '' } });
  });

  it('reads CSV name,role,institution with an optional email', () => {
    const r = parseDelegateList('Chloe Ode,VP Education,Northfield SU,chloe@example.ac.uk');
    expect(r.delegates[0]?.delegate).toEqual({
      name: 'Chloe Ode',
      role: 'VP Education',
      institution: 'Northfield SU',
      email: 'chloe@example.ac.uk',
    });
  });

  it('skips blank lines but keeps the original line numbers', () => {
    const r = parseDelegateList('\n  \nDee\n\n\nEli\n');
    expect(r.delegates.map((d) => d.line)).toEqual([3, 6]);
  });

  it('keeps commas inside quotes', () => {
    const r = parseDelegateList('"Smith, Jo","Head of Access, Outreach and Participation",Northfield University');
    expect(r.errors).toEqual([]);
    expect(r.delegates[0]?.delegate).toMatchObject({ name: 'Smith, Jo', role: 'Head of Access, Outreach and Participation' });
  });

  it('reads tab-separated lines pasted from a spreadsheet', () => {
    const r = parseDelegateList('Fay Green\tWP officer\tSouthgate, Campus B');
    expect(r.delegates[0]?.delegate).toMatchObject({ name: 'Fay Green', institution: 'Southgate, Campus B' });
  });

  it('skips a header row', () => {
    const r = parseDelegateList('name,role,institution\nGus,Officer,SU');
    expect(r.delegates).toHaveLength(1);
    expect(r.delegates[0]?.delegate.name).toBe('Gus');
  });

  it('reports over-long names with the line number', () => {
    const long = 'x'.repeat(121);
    const r = parseDelegateList(`Ok Name\n${long}`);
    expect(r.delegates).toHaveLength(1);
    expect(r.errors).toEqual([{ line: 2, text: long, message: 'Name must be at most 120 characters' }]);
  });

  it('reports a missing name, a bad email, too many fields and an unmatched quote', () => {
    const r = parseDelegateList(',Officer,SU\nHal,Role,Inst,not-an-email\na,b,c,d@e.fg,extra\n"Ivy,Role');
    expect(r.delegates).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([1, 2, 3, 4]);
    expect(r.errors[0]?.message).toBe('Name is required');
    expect(r.errors[1]?.message).toMatch(/email/i);
    expect(r.errors[2]?.message).toMatch(/too many fields/i);
    expect(r.errors[3]?.message).toMatch(/quote/i);
  });

  it('handles 500 lines', () => {
    const text = Array.from({ length: 500 }, (_, i) => `Delegate ${i + 1},Role ${i % 7},Institution ${i % 3}`).join('\n');
    const r = parseDelegateList(text);
    expect(r.errors).toEqual([]);
    expect(r.delegates).toHaveLength(500);
    expect(r.delegates[499]?.delegate).toMatchObject({ name: 'Delegate 500', role: 'Role 2', institution: 'Institution 1' });
  });

  it('refuses absurdly long pastes with one clear message', () => {
    const r = parseDelegateList('a\n'.repeat(2500));
    expect(r.delegates).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/at most 2000 lines/);
  });
});
