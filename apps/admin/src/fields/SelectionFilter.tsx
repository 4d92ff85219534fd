// The filter of a list opened from a figure of the dashboard (`id` = the records behind the figure,
// `selection` = its name): shown above the rows as a chip naming the figure and the count, with a
// cross that clears it, so that a filtered list is never taken for the whole list. Put in a list's
// `filters` as `<SelectionFilter source="id" alwaysOn />`; it shows nothing on an unfiltered list.
import ClearIcon from "@mui/icons-material/Cancel";
import { Chip } from "@mui/material";
import { useListContext, useTranslate } from "react-admin";

export function SelectionFilter(_props: { source: "id"; alwaysOn: true }) {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const ids: unknown = filterValues.id;
  if (!Array.isArray(ids) || ids.length === 0) return null;
  const { id: _id, selection, ...others } = filterValues;
  const label =
    typeof selection === "string" && selection
      ? `${translate("app.filter.selection", { label: selection })} (${ids.length})`
      : translate("app.filter.selection_count", { smart_count: ids.length });
  return (
    <Chip
      color="primary"
      variant="outlined"
      label={label}
      onDelete={() => setFilters(others, displayedFilters)}
      deleteIcon={<ClearIcon titleAccess={translate("app.filter.clear_selection")} />}
      sx={{ mb: 1, maxWidth: "100%", height: "auto", "& .MuiChip-label": { whiteSpace: "normal", py: 0.5 } }}
    />
  );
}
