import { describe, expect, test } from 'vitest';
import { cleanLine, cleanText, paragraphs, totalChanges } from '../../../src/lib/editorial/clean-text.ts';
import { fixMixedScriptWord } from '../../../src/lib/editorial/homoglyphs.ts';

describe('fixMixedScriptWord', () => {
  test('turns Latin look-alikes in a Cyrillic word into Cyrillic', () => {
    expect(fixMixedScriptWord('Моcква')).toEqual({ word: 'Москва', replaced: 1 });
    expect(fixMixedScriptWord('ТАСC')).toEqual({ word: 'ТАСС', replaced: 1 });
  });

  test('turns Cyrillic look-alikes in a Latin word into Latin', () => {
    expect(fixMixedScriptWord('CОVID')).toEqual({ word: 'COVID', replaced: 1 });
  });

  test('leaves ambiguous and genuinely mixed words alone', () => {
    expect(fixMixedScriptWord('Вo')).toEqual({ word: 'Вo', replaced: 0 });
    expect(fixMixedScriptWord('iPhoneы')).toEqual({ word: 'iPhoneы', replaced: 0 });
    expect(fixMixedScriptWord('Москва')).toEqual({ word: 'Москва', replaced: 0 });
  });
});

describe('cleanText', () => {
  test('counts each kind of repair', () => {
    const { text, counts } = cleanText(
      'Моcква ,\r\nтекст\u200B\u00A0\u00A0с  пробелами !\r\n\r\n\r\n  Второй абзац',
    );
    expect(text).toBe('Москва,\nтекст\u00A0с пробелами!\n\nВторой абзац');
    expect(counts).toMatchObject({
      homoglyphs: 1,
      lineEndings: 4,
      invisible: 1,
      spaceRuns: 2,
      spaceBeforePunctuation: 2,
      edgeSpaces: 1,
      blankLines: 1,
    });
  });

  test('composes decomposed letters and drops soft hyphens', () => {
    const { text, counts } = cleanText('Йошкар-Ола, бли\u00ADжай\u00ADший'.normalize('NFD'));
    expect(text).toBe('Йошкар-Ола, ближайший');
    expect(counts.unicode).toBeGreaterThan(0);
    expect(counts.invisible).toBe(2);
  });

  test('leaves scores, ellipses, dashes, single no-break spaces and emoji joiners alone', () => {
    const input = 'Счет 2 : 1, а потом ... тишина — и 5\u00A0млн 👨\u200D👩\u200D👧';
    const { text, counts } = cleanText(input);
    expect(text).toBe(input);
    expect(totalChanges(counts)).toBe(0);
  });

  test('never changes the letters, digits and punctuation of the text', () => {
    const input = 'Сергей\u200B Лавров , «Моcква» -\u00A0\u00A02022 !\r\n\r\nАбзац\tдва .';
    const skeleton = (text: string) => text.replace(/[\s\u200B]/g, '');
    expect(skeleton(cleanText(input).text)).toBe(skeleton(input).replace('Моcква', 'Москва'));
  });
});

describe('cleanLine and paragraphs', () => {
  test('a one-line field loses its line breaks', () => {
    expect(cleanLine('Заголовок\r\nв две строки').text).toBe('Заголовок в две строки');
  });

  test('paragraphs are the blocks between blank lines', () => {
    expect(paragraphs('Один\nи тот же\n\nВторой')).toEqual(['Один\nи тот же', 'Второй']);
  });
});

describe('control characters', () => {
  test('are removed and counted: a BEL pasted into a title, an ESC colour code, a NUL; tab and line breaks stay', () => {
    const title = cleanLine('Лавров прибыл в Душанбе\u0007');
    expect(title.text).toBe('Лавров прибыл в Душанбе');
    expect(title.counts.controlCharacters).toBe(1);
    const body = cleanText(
      'ДУШАНБЕ, 12 мая. /ТАСС/.\u001B[0m Министр\u0000 прибыл.\r\n\r\nСлово\u0085 за словом\u007F.',
    );
    expect(body.text).toBe('ДУШАНБЕ, 12 мая. /ТАСС/.[0m Министр прибыл.\n\nСлово за словом.');
    expect(body.counts.controlCharacters).toBe(4);
    expect(body.counts.lineEndings).toBe(2);
  });
});
