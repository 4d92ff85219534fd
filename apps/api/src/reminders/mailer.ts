// E-mail of reminders through the SMTP server of SMTP_URL (smtp://user:pass@host:port, or smtps://),
// with nodemailer. Without SMTP_URL reminders stay in the console's notification list only.
import nodemailer from "nodemailer";

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

export type Mailer = (mail: Mail) => Promise<void>;

export function smtpMailer(url: string, from = "Kế hoạch <ke-hoach@localhost>"): Mailer {
  const transport = nodemailer.createTransport(url);
  return async (mail) => {
    await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
  };
}
