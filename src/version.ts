// Kept in step with package.json's "version" (checked by tests/integration/cli.test.ts).
export const VERSION = '0.1.0';
