import { useEffect, useState } from "react";
import type { PaneResult } from "../review/reviewer";
import type { ReviewFilter, ReviewPage } from "../review/reviewView";

function sameFilter(a: ReviewFilter, b: ReviewFilter): boolean {
  return a.code === b.code && a.text === b.text && a.severities.join() === b.severities.join();
}

/**
 * The page of 审阅 under `filter`: the review's first page at once when the filter is the first
 * one, else asked of the result (where the review is kept). Until the answer comes, the page
 * shown before stays; an answer overtaken by a newer filter or result is dropped.
 */
export function useReviewPage(result: PaneResult | null, filter: ReviewFilter): ReviewPage | null {
  const [asked, setAsked] = useState<ReviewPage | null>(null);
  const first = result?.view.page ?? null;
  const wanted = first !== null && sameFilter(first.filter, filter) ? null : filter;
  const key = wanted === null ? null : JSON.stringify(wanted);
  useEffect(() => {
    if (result === null || key === null) return;
    let current = true;
    result.page(JSON.parse(key) as ReviewFilter).then(
      (page) => {
        if (current) setAsked(page);
      },
      // A page that cannot be had keeps the one shown; the next filter or review asks again.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [result, key]);
  if (first === null) return null;
  return wanted === null ? first : (asked ?? first);
}
