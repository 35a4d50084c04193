// Preloaded into an inhale process (node --import) by the output-folder tests: every synchronous
// write or rename into $INHALE_TEST_FAILING_DIR after the first $INHALE_TEST_FAIL_AFTER fails
// with $INHALE_TEST_FAILURE (ENOSPC, EACCES), as a full disk or a locked folder would.
import { failWrites } from './failing-disk-core.mjs';

const folder = process.env.INHALE_TEST_FAILING_DIR;
if (folder)
  failWrites(folder, {
    code: process.env.INHALE_TEST_FAILURE ?? 'ENOSPC',
    after: Number(process.env.INHALE_TEST_FAIL_AFTER ?? 0),
  });
