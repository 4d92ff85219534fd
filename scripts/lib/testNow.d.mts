export const DEFAULT_TEST_NOW: string;
