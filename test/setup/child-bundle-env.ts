/** Where the hostile tests' children find the scan bundled once per test run (child-bundle.ts). */
export const CHILD_BUNDLE_ENV = 'S3_GATE_TEST_CHILD_BUNDLE'
