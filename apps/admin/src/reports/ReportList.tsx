// ReportList.
import { Title } from "react-admin";

export default function ReportList() {
  return <Title title="ReportList" />;
}
