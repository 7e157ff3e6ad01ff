import { describe, expect, it } from 'vitest';
import { safeNext, withNext } from './next-url.js';

describe('the page after signing in', () => {
  it('follows a path of the workspace', () => {
    expect(safeNext('/staff/cases/12?tab=events')).toBe('/staff/cases/12?tab=events');
    expect(safeNext('/staff')).toBe('/staff');
  });

  it('falls back to the overview for anything else', () => {
    for (const bad of [
      'https://evil.example/staff', '//evil.example/staff', '/\\evil.example', '/staff\\..\\x', '/staffing', '/', '',
      '/staff/../letters', '/staff/\nx', '/staff/\r\nSet-Cookie: a=b', '/staff/login', '/staff/logout', '/staff/second-factor?next=/x',
      'javascript:alert(1)', 42, undefined, ['/staff/cases'], `/staff/${'a'.repeat(1000)}`,
    ]) {
      expect(safeNext(bad), String(bad)).toBe('/staff');
    }
  });

  it('carries the destination in a query parameter only when it is not the overview', () => {
    expect(withNext('/staff/second-factor', '/staff')).toBe('/staff/second-factor');
    expect(withNext('/staff/second-factor', '/staff/cases?q=a&b')).toBe('/staff/second-factor?next=%2Fstaff%2Fcases%3Fq%3Da%26b');
  });
});
