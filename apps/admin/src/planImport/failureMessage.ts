// What to tell the user when a request failed outright: no connection, or the server's message.
import { HttpError, type TranslateFunction } from "react-admin";

export function failureMessage(error: unknown, translate: TranslateFunction): string {
  // runOperation answers 503 when the request never got a response.
  if (error instanceof HttpError && error.status !== 503) return translate(error.message, { _: error.message });
  return translate("app.plan_import.upload.network_error");
}
