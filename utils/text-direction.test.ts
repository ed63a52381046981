import { describe, expect, it } from 'vitest';
import { articleDirection, articleTextAttributes } from './text-direction';

describe('articleDirection', () => {
  it('reads Arabic, Hebrew and Persian text right to left, whatever the page declares', () => {
    expect(articleDirection({ lang: 'ar', textContent: 'أعلنت بلدية المدينة يوم الثلاثاء عن تشغيل العبّارات طوال الليل اعتبارا من يونيو.' })).toBe('rtl');
    expect(articleDirection({ lang: 'en', textContent: 'העירייה הודיעה ביום שלישי כי המעבורות יפעלו כל הלילה החל מיוני.' })).toBe('rtl');
    expect(articleDirection({ lang: null, textContent: 'شهرداری روز سه‌شنبه اعلام کرد که کشتی‌ها از ژوئن تمام شب کار می‌کنند.' })).toBe('rtl');
  });

  it('reads Latin, CJK and mixed text that is mostly left-to-right left to right', () => {
    expect(articleDirection({ lang: 'ar', textContent: 'The council said on Tuesday that ferries will run all night from June (أخبار).' })).toBe('ltr');
    expect(articleDirection({ lang: 'ja', textContent: '市は火曜日、6月からフェリーを終夜運航すると発表した。' })).toBe('ltr');
  });

  it('falls back on the language when the text has too few letters to tell', () => {
    expect(articleDirection({ lang: 'he-IL', textContent: '2025' })).toBe('rtl');
    expect(articleDirection({ lang: 'fr', textContent: '' })).toBe('ltr');
    expect(articleDirection({ lang: null, textContent: '' })).toBe('ltr');
  });
});

describe('articleTextAttributes', () => {
  it('gives dir, and lang when the article has one', () => {
    expect(articleTextAttributes({ lang: 'ar', textContent: 'أعلنت بلدية المدينة يوم الثلاثاء عن تشغيل العبّارات' })).toEqual({ dir: 'rtl', lang: 'ar' });
    expect(articleTextAttributes({ lang: null, textContent: 'Plain English text with enough letters.' })).toEqual({ dir: 'ltr' });
  });
});
