// A list of paragraphs (a plan's purposes or requirements), lettered a), b), c) as in the plan.
import { Box, Typography } from "@mui/material";
import { type FieldProps, useFieldValue } from "react-admin";

export function TextListField({ source }: FieldProps & { source: string }) {
  const items = (useFieldValue({ source }) as string[] | undefined) ?? [];
  if (items.length === 0) return null;
  return (
    <Box component="ol" sx={{ listStyleType: "lower-alpha", pl: 3, my: 0 }}>
      {items.map((item) => (
        <Typography component="li" variant="body2" key={item} sx={{ mb: 0.5 }}>
          {item}
        </Typography>
      ))}
    </Box>
  );
}
