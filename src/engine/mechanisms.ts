// Model v3's mechanisms can each be switched off (forum `mechanisms`, `--set
// forum.mechanisms.NAME=off`), so that an ablation can score the model without each in turn.
import type { Mechanism, Scenario } from '../domain/types.js';

export const isOn = (scenario: Pick<Scenario, 'rules'>, mechanism: Mechanism): boolean =>
  scenario.rules.mechanisms?.[mechanism] !== false;
