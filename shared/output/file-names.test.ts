import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { delegatePdfName, safeFileName, truncateUtf8, uniqueFileNames, utf8ByteLength } from './file-names';

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

describe('utf8ByteLength', () => {
  it('counts bytes for known values', () => {
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('é')).toBe(2); // U+00E9
    expect(utf8ByteLength('€')).toBe(3); // U+20AC
    expect(utf8ByteLength('日本')).toBe(6);
    expect(utf8ByteLength('😀')).toBe(4); // surrogate pair, one code point
    expect(utf8ByteLength('👩‍👩‍👧')).toBe(18); // 3 emoji + 2 zero-width joiners
    expect(utf8ByteLength('\uD800')).toBe(3); // lone surrogate, encoded as U+FFFD
    expect(utf8ByteLength('\uDC00x')).toBe(4);
  });

  it('agrees with TextEncoder on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(bytes(text));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) }), (text) => {
        expect(utf8ByteLength(text)).toBe(bytes(text));
      }),
    );
  });
});

describe('truncateUtf8', () => {
  it('keeps text that fits', () => {
    expect(truncateUtf8('hello', 5)).toBe('hello');
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    expect(truncateUtf8('ab😀', 5)).toBe('ab');
    expect(truncateUtf8('a👩‍👩‍👧', 10)).toBe('a');
    expect(truncateUtf8('a👍🏽b', 9)).toBe('a👍🏽'); // skin-tone modifier stays with its emoji
    expect(truncateUtf8('a👍🏽b', 8)).toBe('a');
  });

  it('keeps a base letter with its combining accent', () => {
    expect(truncateUtf8('ae\u0301', 2)).toBe('a');
  });

  it('cuts inside a single cluster that alone is too long', () => {
    const zalgo = 'a' + '\u0301'.repeat(200);
    const cut = truncateUtf8(zalgo, 11);
    expect(cut).toBe('a' + '\u0301'.repeat(5));
  });
});

describe('safeFileName', () => {
  it('replaces characters file systems reject with "_"', () => {
    expect(safeFileName('a/b\\c', 'pdf')).toBe('a_b_c.pdf');
    expect(safeFileName('Campus: North', 'pdf')).toBe('Campus_ North.pdf');
    expect(safeFileName('<who>?*|"x"', 'pdf')).toBe('_who_____x_.pdf');
    expect(safeFileName('bell\u0007\u0000end', 'pdf')).toBe('bell__end.pdf');
  });

  it('turns whitespace (including newlines and tabs) into single spaces and trims it', () => {
    expect(safeFileName('  Ana \t\n  Silva  ', 'pdf')).toBe('Ana Silva.pdf');
    expect(safeFileName('Ana\u00A0\u00A0Silva', 'pdf')).toBe('Ana Silva.pdf');
  });

  it('removes trailing dots and leading dots', () => {
    expect(safeFileName('Dr. J. Smith Jr.', 'pdf')).toBe('Dr. J. Smith Jr.pdf');
    expect(safeFileName('name...', 'pdf')).toBe('name.pdf');
    expect(safeFileName('name . . ', 'pdf')).toBe('name.pdf');
    expect(safeFileName('.hidden', 'pdf')).toBe('hidden.pdf');
  });

  it('keeps emoji and accented letters', () => {
    expect(safeFileName('Zoë 🎉 Ōkawa', 'pdf')).toBe('Zoë 🎉 Ōkawa.pdf');
  });

  it('normalises to NFC so the same name is the same bytes', () => {
    expect(safeFileName('Zoe\u0308', 'pdf')).toBe('Zo\u00EB.pdf');
  });

  it('replaces unpaired surrogates', () => {
    expect(safeFileName('a\uD83Db', 'pdf')).toBe('a_b.pdf');
  });

  it('avoids Windows device names, in any case, also before a dot', () => {
    expect(safeFileName('CON', 'pdf')).toBe('CON_.pdf');
    expect(safeFileName('nul', 'pdf')).toBe('nul_.pdf');
    expect(safeFileName('Com1', 'pdf')).toBe('Com1_.pdf');
    expect(safeFileName('LPT9', 'pdf')).toBe('LPT9_.pdf');
    expect(safeFileName('aux.notes', 'txt')).toBe('aux_.notes.txt');
    expect(safeFileName('CON .x', 'txt')).toBe('CON_ .x.txt');
    expect(safeFileName('  prn  ', 'pdf')).toBe('prn_.pdf');
  });

  it('leaves names that only contain a device name alone', () => {
    expect(safeFileName('CON - x', 'pdf')).toBe('CON - x.pdf');
    expect(safeFileName('Console', 'pdf')).toBe('Console.pdf');
    expect(safeFileName('COM0', 'pdf')).toBe('COM0.pdf');
    expect(safeFileName('LPT10', 'pdf')).toBe('LPT10.pdf');
    expect(safeFileName('x.con', 'pdf')).toBe('x.con.pdf');
  });

  it('names empty input "untitled"', () => {
    expect(safeFileName('', 'pdf')).toBe('untitled.pdf');
    expect(safeFileName('   ', 'pdf')).toBe('untitled.pdf');
    expect(safeFileName('...', 'pdf')).toBe('untitled.pdf');
  });

  it('takes the extension with or without a dot, or none', () => {
    expect(safeFileName('a', '.csv')).toBe('a.csv');
    expect(safeFileName('a', '')).toBe('a');
  });

  it('refuses an unusable extension', () => {
    expect(() => safeFileName('a', 'p/df')).toThrow(RangeError);
    expect(() => safeFileName('a', 'x'.repeat(40))).toThrow(RangeError);
  });

  it('fits a 300-character ASCII name in 255 bytes', () => {
    const name = safeFileName('a'.repeat(300), 'pdf');
    expect(bytes(name)).toBe(255);
    expect(name).toBe('a'.repeat(251) + '.pdf');
  });

  it('fits 300 multi-byte characters in 255 bytes without splitting one', () => {
    for (const unit of ['é', '日', '😀', '👩‍👩‍👧', '👍🏽']) {
      const name = safeFileName(unit.repeat(300), 'pdf');
      expect(bytes(name)).toBeLessThanOrEqual(255);
      expect(bytes(name)).toBeGreaterThan(255 - bytes(unit) - 1);
      const stem = name.slice(0, -'.pdf'.length);
      expect(stem).toBe(unit.repeat(stem.length / unit.length));
    }
  });

  it('does not leave a trailing space or dot after truncating', () => {
    const name = safeFileName('a'.repeat(250) + ' . bbbbbbbbbb', 'pdf');
    expect(name).toBe('a'.repeat(250) + '.pdf');
  });

  it('always gives a name within 255 bytes with no rejected characters, on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (base) => {
        const name = safeFileName(base, 'pdf');
        expect(bytes(name)).toBeLessThanOrEqual(255);
        expect(name).toMatch(/\.pdf$/);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001F]/);
        const stem = name.slice(0, -4);
        expect(stem).not.toMatch(/^[\s.]|[\s.]$/);
        expect(stem.split('.')[0]?.trimEnd()).not.toMatch(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i);
      }),
    );
  });
});

describe('uniqueFileNames', () => {
  it('numbers duplicates from 2', () => {
    expect(uniqueFileNames(['Ana', 'Ana', 'Ben', 'Ana'], 'pdf')).toEqual(['Ana.pdf', 'Ana (2).pdf', 'Ben.pdf', 'Ana (3).pdf']);
  });

  it('compares case-insensitively', () => {
    expect(uniqueFileNames(['ana silva', 'Ana Silva', 'ANA SILVA'], 'pdf')).toEqual([
      'ana silva.pdf',
      'Ana Silva (2).pdf',
      'ANA SILVA (3).pdf',
    ]);
  });

  it('compares after cleaning, so names that differ only in rejected characters collide', () => {
    expect(uniqueFileNames(['a/b', 'a\\b', 'a_b'], 'pdf')).toEqual(['a_b.pdf', 'a_b (2).pdf', 'a_b (3).pdf']);
  });

  it('does not reuse a name that an earlier file already took', () => {
    expect(uniqueFileNames(['a (2)', 'a', 'a'], 'pdf')).toEqual(['a (2).pdf', 'a.pdf', 'a (3).pdf']);
  });

  it('numbers empty names too', () => {
    expect(uniqueFileNames(['', ' '], 'pdf')).toEqual(['untitled.pdf', 'untitled (2).pdf']);
  });

  it('keeps numbered long names within 255 bytes and distinct', () => {
    const base = '日'.repeat(300);
    const names = uniqueFileNames(Array.from({ length: 12 }, () => base), 'pdf');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(12);
    for (const name of names) expect(bytes(name)).toBeLessThanOrEqual(255);
    expect(names[11]).toMatch(/^日+ \(12\)\.pdf$/);
  });

  it('gives distinct safe names for any list', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'A', 'b', 'con', 'a/', ' a ', '', 'x'.repeat(260)), { maxLength: 15 }), (bases) => {
        const names = uniqueFileNames(bases, 'pdf');
        expect(names).toHaveLength(bases.length);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        for (const name of names) expect(bytes(name)).toBeLessThanOrEqual(255);
      }),
    );
  });
});

describe('delegatePdfName', () => {
  it('joins campus and delegate', () => {
    expect(delegatePdfName('North Campus', 'Ana Silva')).toBe('North Campus - Ana Silva');
  });

  it('is just the delegate name without a campus', () => {
    expect(delegatePdfName('', 'Ana Silva')).toBe('Ana Silva');
    expect(delegatePdfName('   ', 'Ana Silva')).toBe('Ana Silva');
  });

  it('feeds safeFileName', () => {
    expect(safeFileName(delegatePdfName('City/Town', 'CON'), 'pdf')).toBe('City_Town - CON.pdf');
  });
});
