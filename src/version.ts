/** The package version, recorded with every run (a test keeps it equal to package.json). */
export const VERSION = '0.1.0';
