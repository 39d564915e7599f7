import { describe, expect, it } from 'vitest';
import { formatPhone, isVietnamesePhone, normalizePhone, telHref } from '../../src/utils/phone';

describe('Vietnamese phone numbers', () => {
  it.each([
    '0912 345 678',
    '0912.345.678',
    '+84 912 345 678',
    '0387654321',
    '02373.851.152',
    '0225 3123 456',
    '113',
    '1800 1567',
  ])('accepts %s', (n) => expect(isVietnamesePhone(n)).toBe(true));

  it.each(['012345', '0112 345 678', '091234567', '09123456789', '0212345678', 'abc', '113a', '0912-345-67x', ''])(
    'rejects %s',
    (n) => expect(isVietnamesePhone(n)).toBe(false),
  );

  it('normalizes for tel: links', () => {
    expect(normalizePhone('+84 912 345 678')).toBe('0912345678');
    expect(telHref('02373.851.152')).toBe('tel:02373851152');
  });

  it('groups digits for reading', () => {
    expect(formatPhone('0912345678')).toBe('0912 345 678');
    expect(formatPhone('02373851152')).toBe('0237 3851 152');
    expect(formatPhone('113')).toBe('113');
  });
});
