// Units (đơn vị), users and roles, API tokens, assignments (phân công): types, queries, mutations.
import "./unit.ts";
import "./errors.ts";
import "./unitQueries.ts";
import "./assignment.ts";
import "./createUnit.ts";
import "./updateUnit.ts";
import "./archiveUnit.ts";
import "./updateAssignment.ts";
import "./confirmAssignment.ts";
import "../user/users.ts";
import "../user/createUser.ts";
import "../user/updateUser.ts";
import "../user/archiveUser.ts";
import "../user/setUserPassword.ts";
import "../auth/apiToken.ts";
import "../auth/apiTokenCreate.ts";
import "../auth/apiTokenRevoke.ts";
