// MonthlyReportPage.
import { Title } from "react-admin";

export default function MonthlyReportPage() {
  return <Title title="MonthlyReportPage" />;
}
