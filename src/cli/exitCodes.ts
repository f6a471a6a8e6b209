/**
 * The exit codes of `kaohe review` (CONTRACT.md §2), apart from the review itself so that
 * `kaohe --help` and a usage error load none of the readers and writers.
 */
export const EXIT_OK = 0;
export const EXIT_STRICT = 1;
export const EXIT_CANNOT_PROCESS = 2;
