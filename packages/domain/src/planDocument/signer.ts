// The closing part of a document: closing remarks ("Trên đây là Kế hoạch …", "Ghi chú: …"), the
// recipients ("Nơi nhận:" and its "- …;" lines) and the signature block: title lines ("TM. ỦY BAN
// NHÂN DÂN", "CHỦ TỊCH") and the signer's name ("Vũ Công Thảo").
import { claim, type PlanText } from "./sections.ts";
import { sentenceCase, trimPunctuation } from "./text.ts";
import type { Signer, TextItem } from "./types.ts";

const REMARK = /^(?:Trên đây là|Ghi chú\s*:)/iu;
const RECIPIENTS = /^Nơi nhận\b\s*:?\s*(.*)$/iu;
const AUTHORITY = /^(?:TM|KT|TL|TUQ|Q)\.\s+\S/u;
// Words of titles, to tell an upper-case title line from an upper-case name.
const TITLE_WORDS =
  /(?:CHỦ TỊCH|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ|PHÓ|THƯỜNG TRỰC|BAN |VĂN PHÒNG|ĐẢNG ỦY|CHÁNH)/u;
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
const UPPER_NAME = /^\p{Lu}+(?:\s+\p{Lu}+){1,5}$/u;
const SIGNATURE_NOTE = /^\((?:đã ký|ký|ký tên|ký, ghi rõ)[^)]*\)$/iu;

export interface Closing {
  closingRemarks: TextItem[];
  recipients: TextItem[];
  signer: Signer | null;
}

const isUpperCase = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && !/\d/.test(line);

function titleCaseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** Reads lines from `from` to the end of the document; `properNames` restore place names in titles. */
export function parseClosing(doc: PlanText, from: number, properNames: readonly string[]): Closing {
  const closing: Closing = { closingRemarks: [], recipients: [], signer: null };
  const titleLines: number[] = [];
  let nameLine: number | null = null;
  let inRecipients = false;
  for (let n = from; n <= doc.lines.length; n++) {
    const line = doc.lines[n - 1] ?? "";
    if (line === "" || doc.claimed[n]) continue;
    const evidence = { fromLine: n, toLine: n };
    const recipients = RECIPIENTS.exec(line);
    if (REMARK.test(line)) {
      closing.closingRemarks.push({ text: line, evidence, confidence: 0.9 });
    } else if (recipients) {
      inRecipients = true;
      if (recipients[1]) closing.recipients.push({ text: trimPunctuation(recipients[1]), evidence, confidence: 0.8 });
    } else if (inRecipients && /^[-+]\s/u.test(line)) {
      closing.recipients.push({ text: trimPunctuation(line.slice(2)), evidence, confidence: 0.9 });
    } else if (AUTHORITY.test(line) || (isUpperCase(line) && TITLE_WORDS.test(line))) {
      inRecipients = false;
      titleLines.push(n);
    } else if (titleLines.length > 0 && (PERSON_NAME.test(line) || UPPER_NAME.test(line))) {
      nameLine = n;
    } else if (!SIGNATURE_NOTE.test(line)) {
      continue;
    }
    claim(doc, evidence);
  }
  const firstTitle = titleLines[0];
  if (firstTitle === undefined && nameLine === null) return closing;
  const title = titleLines.map((n) => sentenceCase(doc.lines[n - 1] ?? "", properNames)).join(" – ");
  const name = nameLine === null ? null : (doc.lines[nameLine - 1] ?? "");
  closing.signer = {
    name: name && UPPER_NAME.test(name) ? titleCaseName(name) : name,
    title: title === "" ? null : title,
    evidence: { fromLine: firstTitle ?? nameLine ?? from, toLine: nameLine ?? titleLines.at(-1) ?? from },
    confidence: name && title ? 0.9 : 0.5,
  };
  return closing;
}
