import { describe, expect, it } from 'vitest';
import { formFieldOf } from './serverFields';

describe('placing a server refusal beside its input', () => {
  it('puts a refused range bound beside the upper-bound input of that target', () => {
    expect(formFieldOf('patch.thresholds.1.valueMax')).toBe('thresholds.1.valueMax');
  });

  it('puts a refused English name beside the English name input', () => {
    expect(formFieldOf('indicator.name.en')).toBe('nameEn');
  });

  it('puts a refused yardstick beside the reference choice, and a tolerance beside its input', () => {
    expect(formFieldOf('patch.reference.indicatorId')).toBe('referenceId');
    expect(formFieldOf('patch.tolerances.behind')).toBe('behind');
  });

  it('names no input for a field the form does not hold', () => {
    expect(formFieldOf('patch.derivation')).toBeNull();
  });
});
