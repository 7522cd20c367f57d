import { describe, expect, it } from 'vitest';
import { generateRecoveryCodes, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';

describe('recovery codes', () => {
  it('are ten different codes in four groups of four', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
  });

  it('are read back however they were typed', () => {
    const [code] = generateRecoveryCodes();
    expect(normaliseRecoveryCode(code!.toUpperCase().replace(/-/g, ' '))).toBe(code);
    expect(normaliseRecoveryCode(` ${code!.replace(/-/g, '')} `)).toBe(code);
  });

  it('refuse anything of another shape', () => {
    expect(normaliseRecoveryCode('123456')).toBeNull();
    expect(normaliseRecoveryCode('abcd-efgh-ijkl-mno1')).toBeNull();
    expect(normaliseRecoveryCode('abcd-efgh-ijkl-mnop-qrst')).toBeNull();
  });
});
