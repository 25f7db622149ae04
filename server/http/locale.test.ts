import { describe, expect, it } from 'vitest';
import { messageLocale } from './locale';

describe('messageLocale', () => {
  it('answers in Chinese when the request names no language', () => {
    expect(messageLocale(undefined)).toBe('zh');
    expect(messageLocale('')).toBe('zh');
  });

  it('answers in English when English is preferred', () => {
    expect(messageLocale('en')).toBe('en');
    expect(messageLocale('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(messageLocale('zh-CN;q=0.5, en-GB;q=0.9')).toBe('en');
  });

  it('answers in Chinese when Chinese is preferred or only other languages are asked for', () => {
    expect(messageLocale('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(messageLocale('fr-FR, de')).toBe('zh');
    expect(messageLocale('en;q=0')).toBe('zh');
  });
});
