// Soundness and monotonicity judge a consensus text wherever it is adopted: at a forum whose
// standing product is the chairman's statement too, so `check arf-2022` exercises them.
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/analysis/check.js';
import { soundness } from '../../src/analysis/invariants/consensus.js';
import { monotonicity } from '../../src/analysis/invariants/monotonicity.js';
import { loadScenario } from '../../src/scenario/loader.js';

describe('invariants over a consensus text beside a standing chair statement', () => {
  it('are exercised (and hold) on perturbations of arf-2022', () => {
    const report = checkScenario(loadScenario('arf-2022'), {
      runs: 60,
      seed: 1,
      invariants: [soundness, monotonicity],
    });
    for (const invariant of report.invariants) {
      expect(invariant.status, invariant.id).toBe('pass');
      expect(invariant.applicable, invariant.id).toBeGreaterThan(0);
      expect(invariant.exercised, invariant.id).toBe(true);
    }
    expect(report.notExercised).toEqual([]);
  });
});
