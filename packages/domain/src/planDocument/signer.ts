// The closing part of a document: closing remarks ("Trên đây là Kế hoạch …", "Ghi chú: …"), the
// recipients ("Nơi nhận:" and its "- …;" lines) and the signature block: title lines ("TM. ỦY BAN
// NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the signer's name ("Vũ Công Thảo").
//
// Converted text breaks title lines ("TM. ỦY BAN NHÂN" / "DÂN"), may put the block before the plan
// (a decision that issues a plan is signed before the plan it attaches), may put annexes after it,
// and, from a PDF, may run the recipients and the titles into one line ("- Như Điều 3; KT. CHỦ TỊCH").
import { claim, type PlanText } from "./sections.ts";
import { sentenceCase, trimPunctuation } from "./text.ts";
import type { Signer, TextItem } from "./types.ts";

const REMARK = /^(?:Trên đây là|Ghi chú\s*:)/iu;
const RECIPIENTS = /^Nơi nhận\b\s*:?\s*(.*)$/iu;
const AUTHORITY = /^(?:TM|KT|TL|TUQ|Q)\.\s*\S/u;
// "T/M", "K/T", "T.M." and "TM " written for "TM.", "KT.".
const AUTHORITY_VARIANT = /^(T|K)(?:\/|\.)?\s?(M|T|L)\.?\s+(?=\p{Lu})/u;
// Roles a signer signs as; a line that starts with one starts a title line.
const ROLE =
  /^(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VỤ TRƯỞNG|TRƯỞNG PHÒNG|CHÁNH ÁN|VIỆN TRƯỞNG|HIỆU TRƯỞNG|TỔNG GIÁM ĐỐC|CHỈ HUY TRƯỞNG|TRƯỞNG CÔNG AN|THƯỜNG TRỰC|TRƯỞNG)(?![\p{L}])/u;
// Words of titles, to tell an upper-case title line from an upper-case name.
const TITLE_WORDS =
  /(?:CHỦ TỊCH|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ|PHÓ|THƯỜNG TRỰC|BAN |VĂN PHÒNG|ĐẢNG ỦY|CHÁNH|NHÂN DÂN|TỈNH|THÀNH PHỐ|PHƯỜNG|XÃ|QUẬN|HUYỆN)/u;
// A title line broken in two: the second part completes the body's name ("TM. ỦY BAN NHÂN" / "DÂN",
// "TM. ỦY BAN NHÂN DÂN" / "TỈNH SƠN LA").
const CONTINUATION_START =
  /^(?:DÂN|NHÂN|ĐỒNG|TỈNH|THÀNH PHỐ|PHƯỜNG|XÃ|QUẬN|HUYỆN|THỊ XÃ|THỊ TRẤN|ĐẶC KHU|THƯỜNG VỤ|CHẤP HÀNH|VÀ)(?![\p{L}])/u;
const OPEN_END = /(?:^|\s)(?:ỦY|UỶ|BAN|NHÂN|HỘI|ĐỒNG|THƯỜNG|CHẤP|VÀ|,)$/u;
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
const UPPER_NAME = /^\p{Lu}+(?:\s+\p{Lu}+){1,5}$/u;
// Degrees and ranks written before a name ("TS. Nguyễn Văn A", "Đại tá Trần Văn B").
const NAME_PREFIX =
  /^(?:(?:PGS\.\s*|GS\.\s*)?TS\.?\s*|ThS\.?\s*|BS\.?\s*(?:CKII\.?\s*)?|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|tướng)\s+)/u;
const SIGNATURE_NOTE = /^(?:\((?:đã ký|ký|ký tên|ký, ghi rõ|ký và đóng dấu)[^)]*\)|đã ký|\[?daky\]?)$/iu;
// Where one line holds several parts of the block (a PDF runs the two columns into one line, a
// markdown table row holds a whole cell): before "Nơi nhận", before "TM."/"KT.", before a role after
// other words ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"), before a recipient "- …" and before a name at the end.
const BEFORE_RECIPIENTS = /\s(?=Nơi nhận\s*:)/u;
const BEFORE_AUTHORITY = /\s(?=(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu})/u;
const BEFORE_ROLE =
  /(?<![.]|PHÓ|TỔNG|KT\.|TM\.|TL\.|Q\.|TUQ\.)\s(?=(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|VỤ TRƯỞNG|TRƯỞNG PHÒNG)(?![\p{L}]))/u;
const BEFORE_ITEM = /\s(?=[-+]\s)/u;
const MAX_BLOCK_LINE = 400;
const TRAILING_NAME = /^(.*[\p{Lu}.;:])\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4})$/u;

/** Splits `text` before every match of `separator` (a zero-width split after a space). */
function splitBefore(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let rest = text;
  for (let match = separator.exec(rest); match && match.index > 0; match = separator.exec(rest)) {
    parts.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(rest);
  return parts.filter((part) => part.trim() !== "");
}

/** The parts of the closing block one line holds, in order (one part for a plain line). */
export function closingPieces(written: string): string[] {
  // A long line is text, not a block run together (and is not worth splitting).
  if (written.length > MAX_BLOCK_LINE) return [written.trim()];
  const pieces: string[] = [];
  const line = written.replace(AUTHORITY_VARIANT, (whole, a: string, b: string) =>
    /^(?:TM|KT|TL)$/u.test(a + b) ? `${a}${b}. ` : whole,
  );
  for (const part of splitBefore(line, BEFORE_RECIPIENTS).flatMap((p) => splitBefore(p, BEFORE_AUTHORITY))) {
    if (RECIPIENTS.test(part) || /^[-+]\s/u.test(part)) {
      // Recipients, and a role run into their end ("- Lưu: VT. PHÓ CHỦ TỊCH").
      for (const item of splitBefore(part, BEFORE_ITEM)) {
        const role = /\s((?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC)[\p{Lu}\s]*)$/u.exec(item);
        if (role?.[1] && /\p{Ll}/u.test(item.slice(0, role.index))) pieces.push(item.slice(0, role.index), role[1]);
        else pieces.push(item);
      }
      continue;
    }
    const named = AUTHORITY.test(part) || ROLE.test(part) ? TRAILING_NAME.exec(part) : null;
    const titles = named?.[1] ?? part;
    pieces.push(...(AUTHORITY.test(titles) || ROLE.test(titles) ? splitBefore(titles, BEFORE_ROLE) : [titles]));
    if (named?.[2]) pieces.push(named[2]);
  }
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== "");
}

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

/** A signer's name, without a degree or rank before it; null if the line is not a name. */
function nameIn(line: string): string | null {
  const name = line.replace(NAME_PREFIX, "").replace(/\s*\((?:đã ký|ký)\)$/iu, "");
  if (PERSON_NAME.test(name)) return name;
  if (UPPER_NAME.test(name) && !TITLE_WORDS.test(name)) return titleCaseName(name);
  return null;
}

const isTitleStart = (line: string) => AUTHORITY.test(line) || (isUpperCase(line) && ROLE.test(line));

interface Block {
  /** Title lines as read: each a line number and the text (a broken line joined). */
  titles: { line: number; text: string }[];
  name: { line: number; text: string } | null;
}

/**
 * Reads lines `from`..`to`: remarks, recipients and the first signature block. Reading stops after
 * the signer's name (annexes may follow), except for the recipients' lines right after it.
 */
function readClosing(doc: PlanText, from: number, to: number, closing: Closing): Block {
  const block: Block = { titles: [], name: null };
  let inRecipients = false;
  // The last recipient's line ended without ";" or "." and may go on on the next line.
  let openRecipient = false;
  let recipientWritten = "";
  let remark: TextItem | null = null;
  let done = false;
  const addTitle = (n: number, text: string) => {
    const last = block.titles.at(-1);
    if (last && !isTitleStart(text) && (CONTINUATION_START.test(text) || OPEN_END.test(last.text))) {
      last.text = `${last.text} ${text}`;
    } else {
      block.titles.push({ line: n, text });
    }
  };
  for (let n = from; n <= to && !done; n++) {
    const text = doc.lines[n - 1] ?? "";
    if (text === "" || doc.claimed[n]) {
      remark = null;
      continue;
    }
    const evidence = { fromLine: n, toLine: n };
    let read = false;
    for (const line of closingPieces(text)) {
      if (block.name !== null && !(inRecipients && /^[-+]\s/u.test(line))) {
        // After the name, only the recipients may go on.
        done = true;
        break;
      }
      const recipients = RECIPIENTS.exec(line);
      if (recipients || isTitleStart(line) || /^[-+]\s/u.test(line)) remark = null;
      if (REMARK.test(line) && block.titles.length === 0) {
        remark = { text: line, evidence, confidence: 0.9 };
        closing.closingRemarks.push(remark);
      } else if (remark) {
        // A remark broken over lines ("Trên đây là Kế hoạch thực hiện" / "Chỉ thị số 27/CT-TTg …").
        remark.text = `${remark.text} ${line}`;
        remark.evidence = { ...remark.evidence, toLine: n };
      } else if (recipients || (inRecipients && /^[-+]\s/u.test(line))) {
        inRecipients = true;
        const written = recipients ? (recipients[1] ?? "") : line.slice(2);
        const recipient = trimPunctuation(written);
        if (recipient !== "") closing.recipients.push({ text: recipient, evidence, confidence: 0.8 });
        openRecipient = recipient !== "" && !/[.;]\s*$/u.test(written);
        recipientWritten = written.trim();
      } else if (
        isTitleStart(line) ||
        (block.titles.length > 0 && block.name === null && isUpperCase(line) && !nameIn(line))
      ) {
        // (The recipients may go on: a PDF runs the two columns into the same lines.)
        addTitle(n, line);
      } else if (block.titles.length > 0 && nameIn(line)) {
        block.name = { line: n, text: nameIn(line) ?? line };
      } else if (inRecipients && openRecipient) {
        // A recipient broken over two lines ("- VPUB: CVP, các PCVP, các Phòng: ĐTQH," / "TH, KGVX;").
        const last = closing.recipients.at(-1);
        if (last) {
          recipientWritten = `${recipientWritten} ${line}`;
          last.text = trimPunctuation(recipientWritten);
          last.evidence = { ...last.evidence, toLine: n };
          openRecipient = !/[.;]\s*$/u.test(line);
        }
      } else if (!SIGNATURE_NOTE.test(line)) {
        continue;
      }
      read = true;
    }
    if (read) claim(doc, evidence);
  }
  return block;
}

/** The first line before `before` where a closing part starts ("Nơi nhận:", "TM. …"), if any. */
function earlierClosing(doc: PlanText, before: number): number | null {
  for (let n = 1; n < before; n++) {
    const line = doc.lines[n - 1] ?? "";
    if (!doc.claimed[n] && (RECIPIENTS.test(line) || AUTHORITY.test(line))) return n;
  }
  return null;
}

/**
 * Reads lines from `from` to the end of the document; `properNames` restore place names in titles.
 * Without a signature there (a decision is signed before the plan it attaches), reads the first
 * closing part before `from`.
 */
export function parseClosing(doc: PlanText, from: number, properNames: readonly string[]): Closing {
  const closing: Closing = { closingRemarks: [], recipients: [], signer: null };
  let block = readClosing(doc, from, doc.lines.length, closing);
  if (block.titles.length === 0 && block.name === null) {
    const earlier = earlierClosing(doc, from);
    if (earlier !== null) block = readClosing(doc, earlier, from - 1, closing);
  }
  const firstTitle = block.titles[0]?.line;
  if (firstTitle === undefined && block.name === null) return closing;
  const title = block.titles.map((t) => sentenceCase(t.text, properNames)).join(" – ");
  const name = block.name?.text ?? null;
  const lastLine = block.name?.line ?? block.titles.at(-1)?.line ?? from;
  closing.signer = {
    name,
    title: title === "" ? null : title,
    evidence: { fromLine: firstTitle ?? lastLine, toLine: lastLine },
    confidence: name && title ? 0.9 : 0.5,
  };
  return closing;
}
