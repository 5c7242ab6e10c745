// Prints the closing line CI reads, "N passed, N failed", from vitest's JSON
// reports. A missing report (a step failed before its tests ran) counts as one
// failure, so a broken typecheck or lint can never look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`ci: ${file} missing (its step did not run or failed early)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  const failedTests = report.numFailedTests ?? 0;
  // A suite that failed to load has no failed tests of its own; count it once.
  failed += failedTests > 0 ? failedTests : (report.numFailedTestSuites ?? 0);
  if ((report.numTotalTests ?? 0) === 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
