// ReviewQueue.
import { Title } from "react-admin";

export default function ReviewQueue() {
  return <Title title="ReviewQueue" />;
}
