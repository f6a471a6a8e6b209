import type { DraftBlock } from "./draftDocument";

/**
 * The numbered headings of an official document: 一、 for sections, （一） within them and 1. below
 * that (GB/T 9704). Each level restarts when a higher one moves on.
 */
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? "" : `${tens === 1 ? "" : DIGITS[tens]}十`;
  return `${tensText}${ones === 0 ? "" : DIGITS[ones]}`;
}

export class HeadingNumbers {
  private counts: [number, number, number] = [0, 0, 0];

  section(text: string): DraftBlock {
    this.counts = [this.counts[0] + 1, 0, 0];
    return { type: "heading", level: 1, text: `${chineseNumeral(this.counts[0])}、${text}` };
  }

  subsection(text: string): DraftBlock {
    this.counts = [this.counts[0], this.counts[1] + 1, 0];
    return { type: "heading", level: 2, text: `（${chineseNumeral(this.counts[1])}）${text}` };
  }

  point(text: string): DraftBlock {
    this.counts = [this.counts[0], this.counts[1], this.counts[2] + 1];
    return { type: "heading", level: 3, text: `${this.counts[2]}. ${text}` };
  }
}

/** 表1, 表2 …: tables are numbered through the document, in the order they appear. */
export class TableNumbers {
  private count = 0;

  caption(text: string): string {
    this.count += 1;
    return `表${this.count}\u3000${text}`;
  }
}
