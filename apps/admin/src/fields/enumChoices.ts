// Choices of a SelectInput for one of the API's enums; react-admin translates the names
// (`enums.TaskStatus.DONE` → "Đã hoàn thành").
import type { EnumName } from "./EnumField.tsx";

export function enumChoices(enumName: EnumName, values: readonly string[]) {
  return values.map((value) => ({ id: value, name: `enums.${enumName}.${value}` }));
}
