// A user's roles as chips, in the console's language.
import { Chip, Stack } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import type { UserRecord } from "../dataProvider/users.ts";

export function RoleChips() {
  const user = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!user) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap" }}>
      {user.roles.map((role) => (
        <Chip key={role} size="small" variant="outlined" label={translate(`enums.Role.${role}`)} />
      ))}
    </Stack>
  );
}
