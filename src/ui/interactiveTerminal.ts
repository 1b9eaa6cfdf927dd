// Under CI variables Ink draws only a final frame and chalk drops colour. The UI runs only where a
// person is at the terminal, so it clears them, before Ink is loaded (Ink reads them on import).
export function forgetCiVariables(): void {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
}
