// The leader dashboard.
import { Title } from "react-admin";

export default function Dashboard() {
  return <Title title="app.dashboard.title" />;
}
