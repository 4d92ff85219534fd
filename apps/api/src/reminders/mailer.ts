// E-mail of reminders through the SMTP server of SMTP_URL (smtp://user:pass@host:port, or smtps://),
// with nodemailer. Without SMTP_URL reminders stay in the console's notification list only.
import type { Transporter } from "nodemailer";

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

export type Mailer = (mail: Mail) => Promise<void>;

export function smtpMailer(url: string, from = "Kế hoạch <ke-hoach@localhost>"): Mailer {
  // Loaded with the first reminder, not at every start of the API (≈90 ms).
  let transport: Promise<Transporter> | undefined;
  return async (mail) => {
    transport ??= import("nodemailer").then(({ default: nodemailer }) => nodemailer.createTransport(url));
    await (await transport).sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
  };
}
