// The console: react-admin over the GraphQL API, Vietnamese first. One <Resource> per folder.
import { Admin, Resource } from "react-admin";
import { createDataProvider } from "./dataProvider/index.ts";
import { graphqlClient } from "./graphqlClient.ts";
import { i18nProvider } from "./i18n/index.ts";
import indicators from "./indicators/index.ts";
import { theme } from "./layout/theme.ts";
import plans from "./plans/index.ts";
import tasks from "./tasks/index.ts";

const dataProvider = createDataProvider(graphqlClient);

export function App() {
  return (
    <Admin title="Kế hoạch" dataProvider={dataProvider} i18nProvider={i18nProvider} theme={theme} disableTelemetry>
      <Resource name="plans" {...plans} />
      <Resource name="indicators" {...indicators} />
      <Resource name="tasks" {...tasks} />
    </Admin>
  );
}
