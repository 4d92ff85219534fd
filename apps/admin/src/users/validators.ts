// The account rules the API checks first, checked in the forms too (in Vietnamese): the user forms
// and the first administrator of a new ward.
import { PASSWORD_MIN_LENGTH } from "@kehoach/domain";
import { minLength, regex, required } from "react-admin";

export const validateUsername = [
  required("resources.users.validation.username_required"),
  regex(/^[a-z0-9][a-z0-9._-]*$/, "resources.users.validation.username_format"),
];
export const validateDisplayName = required("resources.users.validation.display_name_required");
export const validatePassword = [
  required("resources.users.validation.password_required"),
  minLength(PASSWORD_MIN_LENGTH, "resources.users.validation.password_length"),
];
