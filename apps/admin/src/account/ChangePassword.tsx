// The change-password screen, loaded lazily by its route: the page on the console's own GraphQL client.
import { graphqlClient } from "../graphqlClient.ts";
import { ChangePasswordPage } from "./ChangePasswordPage.tsx";

export default function ChangePassword() {
  return <ChangePasswordPage client={graphqlClient} />;
}
