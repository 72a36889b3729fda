/**
 * One section of the strategy review: sentences, an optional table and an optional bar chart.
 * Plain data, so the page, the HTML export and the PDF export all render the same content.
 */
export interface ReviewSection {
  id: string;
  title: string;
  lines: string[];
  table?: { columns: string[]; rows: string[][] };
  bars?: { label: string; points: Array<{ label: string; value: number }> };
}

export interface Review {
  workspace: string;
  generatedAt: string;
  sections: ReviewSection[];
}
