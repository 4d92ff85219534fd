// Văn bản (Document): legal bases and parent plans referenced by a plan.
import { builder } from "../../builder.ts";
import { DocumentKindEnum } from "../enums.ts";

export const DocumentRef = builder.prismaNode("Document", {
  id: { field: "id" },
  fields: (t) => ({
    kind: t.expose("kind", { type: DocumentKindEnum, description: "Loại văn bản." }),
    number: t.exposeString("number"),
    issuedOn: t.expose("issuedOn", { type: "Date", nullable: true, description: "Ngày ban hành." }),
    issuer: t.exposeString("issuer"),
    title: t.exposeString("title"),
    shortName: t.exposeString("shortName", { nullable: true }),
  }),
});
