/** A piece of text placed on a page: what pdf.js gives, reduced to what layout needs. */
export interface TextRun {
  text: string;
  /** Left end and baseline, in PDF points from the page's bottom-left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size in points (the vertical scale of the text matrix). */
  size: number;
  bold: boolean;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}
