// The signed-in user's own account: changing one's password (/change-password), for every role,
// reached from the user menu in the app bar.
import KeyIcon from "@mui/icons-material/Key";
import { ListItemIcon, ListItemText, MenuItem } from "@mui/material";
import { lazy } from "react";
import { useTranslate, useUserMenu } from "react-admin";
import { Link } from "react-router-dom";

const ChangePassword = lazy(() => import("./ChangePassword.tsx"));

export const CHANGE_PASSWORD_PATH = "/change-password";

export const accountRoutes = [{ path: CHANGE_PASSWORD_PATH, element: <ChangePassword /> }];

/** "Đổi mật khẩu" in the user menu. */
export function ChangePasswordMenuItem() {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={CHANGE_PASSWORD_PATH} onClick={userMenu?.onClose}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate("app.account.change_password")}</ListItemText>
    </MenuItem>
  );
}
