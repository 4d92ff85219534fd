export function countReport(
  report: { testResults?: unknown[]; numPassedTests?: number; numFailedTests?: number },
  exitCode?: number,
): { passed: number; failed: number; skipped: number };
