// The text of a Word document as the plan parser reads it: one line per paragraph with a blank line
// after it (a Word paragraph is a paragraph), and each table row as one markdown row "| a | b |", so
// that the header table, annex tables of targets and task tables keep their cells apart. Word's HTML
// comes from mammoth; parse5 reads it.
import { type DefaultTreeAdapterTypes, parseFragment } from "parse5";

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

const isElement = (node: Node): node is Element => "tagName" in node;

/** The words of a node, line breaks and runs joined by single spaces. */
function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!isElement(node)) return "";
  if (node.tagName === "br") return " ";
  const inner = node.childNodes.map(textOf).join("");
  return BLOCKS.has(node.tagName) ? ` ${inner} ` : inner;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
// A "|" inside a cell would split it in two.
const cellText = (cell: Element) => squash(textOf(cell)).replace(/\|/g, "/");

function rowsOf(table: Element): Element[] {
  return table.childNodes.filter(isElement).flatMap((child) => {
    if (child.tagName === "tr") return [child];
    if (["thead", "tbody", "tfoot"].includes(child.tagName)) return rowsOf(child);
    return [];
  });
}

function linesOf(nodes: Node[], out: string[]): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      const text = squash(textOf(node));
      if (text) out.push(text, "");
      continue;
    }
    if (node.tagName === "table") {
      for (const row of rowsOf(node)) {
        const cells = row.childNodes.filter(isElement).filter((c) => c.tagName === "td" || c.tagName === "th");
        out.push(`| ${cells.map(cellText).join(" | ")} |`);
      }
      out.push("");
    } else if (BLOCKS.has(node.tagName)) {
      out.push(squash(textOf(node)), "");
    } else {
      linesOf(node.childNodes, out);
    }
  }
}

/** Plan text from mammoth's HTML of a .docx (see the module header). */
export function docxText(html: string): string {
  const out: string[] = [];
  linesOf(parseFragment(html).childNodes, out);
  while (out.at(-1) === "") out.pop();
  return out.join("\n");
}
