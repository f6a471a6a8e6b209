import type { ReviewWorker } from "./workerReviewer";

/**
 * Starts review.worker.ts as webpack 5 bundles it: its own chunk from the page's own origin, as
 * the pages' `worker-src 'self'` allows. Only the page entries import this file; jest never does.
 */
export function startReviewWorker(): ReviewWorker {
  return new Worker(
    /* webpackChunkName: "review-worker" */
    // @ts-expect-error -- tsconfig's module is commonjs (jest, the CLI), where tsc refuses import.meta; webpack compiles this file as an ES module (webpack.esbuild.js's loader keeps ES modules).
    new URL("./review.worker.ts", import.meta.url),
    { name: "kaohe-review" },
  );
}
