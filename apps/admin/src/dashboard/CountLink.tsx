// A count on the dashboard, as a link to the list of the records behind it (keyboard reachable,
// named for screen readers by what it counts).
import { formatNumber } from "@kehoach/domain";
import { type SxProps, type Theme, Typography } from "@mui/material";
import { Link, useTranslate } from "react-admin";
import { useFormatLocale } from "../useFormatLocale.ts";
import { filteredListPath, type ListResource } from "./listPath.ts";

export interface Bucket {
  count: number;
  ids: readonly string[];
}

interface CountLinkProps {
  bucket: Bucket;
  resource: ListResource;
  /** What is counted, for the link's accessible name ("Quá hạn — Kinh tế"). */
  label: string;
  sx?: SxProps<Theme>;
}

export function CountLink({ bucket, resource, label, sx }: CountLinkProps) {
  const translate = useTranslate();
  const text = formatNumber(bucket.count, useFormatLocale());
  // Zero is plain text: nothing is behind it, and react-admin drops an empty `id` filter from the
  // address, so a link would open the whole list.
  if (bucket.count === 0) {
    return (
      <Typography component="span" sx={[{ color: "text.secondary" }, ...(Array.isArray(sx) ? sx : [sx])]}>
        {text}
      </Typography>
    );
  }
  return (
    <Link
      to={filteredListPath(resource, bucket.ids, label)}
      aria-label={translate("app.dashboard.open_list", { label, count: text })}
      sx={[{ fontWeight: 600 }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
      {text}
    </Link>
  );
}
