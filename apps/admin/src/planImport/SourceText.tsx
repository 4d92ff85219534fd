// The uploaded document's text, numbered as the draft's evidence numbers it (from 1), in its own
// scrolling column; the lines of the selected draft item are highlighted and scrolled into view.
// Lines are memoised: showing other lines re-renders only those that change.
import { Box, Paper, Typography } from "@mui/material";
import { memo, useEffect, useMemo, useRef } from "react";
import { useTranslate } from "react-admin";
import { useShownEvidence } from "./evidenceContext.ts";

// Plain elements styled once by the column's rules: a document has hundreds of lines, and an
// MUI Box per part of each line made showing the draft slow on modest phones.
const SourceLine = memo(function SourceLine({ line, text, current }: { line: number; text: string; current: boolean }) {
  return (
    <div data-line={line} aria-current={current ? "true" : undefined}>
      <span aria-hidden>{line}</span>
      <span>{text}</span>
    </div>
  );
});

const linesSx = {
  maxHeight: { xs: 480, lg: "calc(100vh - 200px)" },
  overflow: "auto",
  py: 1,
  fontSize: 14,
  "& > div": { display: "flex", gap: 1.5, px: 1, minHeight: "1.5em" },
  "& > div[aria-current='true']": { bgcolor: "warning.light" },
  "& > div > span:first-of-type": {
    color: "text.secondary",
    minWidth: 36,
    textAlign: "right",
    userSelect: "none",
    flexShrink: 0,
  },
  "& > div > span:last-of-type": { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
} as const;

export function SourceText({ lines }: { lines: string[] }) {
  const translate = useTranslate();
  const highlight = useShownEvidence();
  const container = useRef<HTMLDivElement>(null);
  const numbered = useMemo(() => lines.map((text, index) => ({ line: index + 1, text })), [lines]);

  useEffect(() => {
    if (!highlight) return;
    const first = container.current?.querySelector<HTMLElement>(`[data-line="${highlight.fromLine}"]`);
    // jsdom has no scrollIntoView.
    first?.scrollIntoView?.({ block: "center", behavior: "smooth" });
  }, [highlight]);

  const highlighted = (line: number) => !!highlight && line >= highlight.fromLine && line <= highlight.toLine;
  return (
    <Paper variant="outlined" component="section" aria-label={translate("app.plan_import.review.source")}>
      <Box sx={{ px: 2, py: 1, borderBottom: 1, borderColor: "divider" }}>
        <Typography variant="subtitle1" component="h2">
          {translate("app.plan_import.review.source")}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate("app.plan_import.review.source_hint")}
        </Typography>
      </Box>
      <Box ref={container} sx={linesSx}>
        {numbered.map(({ line, text }) => (
          <SourceLine key={line} line={line} text={text} current={highlighted(line)} />
        ))}
      </Box>
    </Paper>
  );
}
