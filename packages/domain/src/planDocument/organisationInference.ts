// Who else section IV ("Tổ chức thực hiện") points at for an item: a unit whose duties there name a
// topic the item's words share ("tuyên truyền", "chuyển đổi số", …) is a likely cooperating unit.
// Only a suggestion: the import marks every such assignment inferred, for an office user to confirm.

/**
 * What a duty in section IV may ask a body to do, as plans write it (lower case). Sectors ("an
 * ninh", "giáo dục") are left out: they give an item its lead unit by area, and section IV names
 * them in passing (the plan's own title says "quốc phòng - an ninh").
 */
export const DUTY_TOPICS = [
  "tuyên truyền",
  "truyền thông",
  "vận động",
  "phản biện xã hội",
  "chuyển đổi số",
  "cải cách hành chính",
  "thủ tục hành chính",
  "trang thông tin điện tử",
] as const;

/** Old and new placements of the tone mark ("hoá"/"hóa", "uỷ"/"ủy") read as one spelling. */
const TONE_PLACEMENT: [RegExp, string][] = [
  [/oá/g, "óa"],
  [/oà/g, "òa"],
  [/oả/g, "ỏa"],
  [/oã/g, "õa"],
  [/oạ/g, "ọa"],
  [/uỷ/g, "ủy"],
  [/uý/g, "úy"],
  [/uỳ/g, "ùy"],
  [/uỵ/g, "ụy"],
];

/** Abbreviations of bodies' names, written out. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bhđnd\b/g, "hội đồng nhân dân"],
  [/\bubnd\b/g, "ủy ban nhân dân"],
  [/\bmttq\b/g, "mặt trận tổ quốc"],
  [/\bdvsnc\b/g, "dịch vụ sự nghiệp công"],
];

function canonical(text: string): string {
  let out = text.normalize("NFC").toLocaleLowerCase("vi");
  for (const [pattern, replacement] of [...TONE_PLACEMENT, ...ABBREVIATIONS]) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, " ").trim();
}

/** The topics of DUTY_TOPICS that `text` names. */
export function topicsOf(text: string): string[] {
  const words = canonical(text);
  return DUTY_TOPICS.filter((topic) => words.includes(topic));
}

/** The topics a unit's duties and an item's text share. */
export function sharedTopics(duties: readonly string[], itemText: string): string[] {
  const item = new Set(topicsOf(itemText));
  return topicsOf(duties.join("\n")).filter((topic) => item.has(topic));
}

/**
 * Whether a name in section IV ("Văn phòng HĐND và UBND phường") designates the unit of that name
 * ("Văn phòng HĐND và UBND"): abbreviations written out, tone placement and case ignored, the
 * unit's name contained in the section's.
 */
export function namesBody(sectionName: string, unitName: string): boolean {
  const unit = canonical(unitName);
  return unit.length > 0 && canonical(sectionName).includes(unit);
}

/**
 * The unit a plan's name designates ("Sở Y tế", "Văn phòng HĐND và UBND phường"), by `namesBody`
 * either way round; the longest name wins ("Văn phòng HĐND và UBND" over "UBND"). Null when no unit
 * of the ward has that name: the review proposes it as a new unit.
 */
export function findNamedUnit<T extends { name: string }>(planName: string, units: readonly T[]): T | null {
  const named = units.filter((unit) => namesBody(planName, unit.name) || namesBody(unit.name, planName));
  return named.sort((a, b) => b.name.length - a.name.length)[0] ?? null;
}

// Kinds of body named without a name ("Viện", "Trường", "Doanh nghiệp"): any of many, not one unit.
const KINDS_WITHOUT_NAME = new Set(
  [
    "viện",
    "trường",
    "doanh nghiệp",
    "hợp tác xã",
    "ngân hàng",
    "tổ chức",
    "cá nhân",
    "người dân",
    "hộ gia đình",
    "cơ quan",
    "đơn vị",
    "địa phương",
    "sở",
    "ban",
    "ngành",
    "đoàn thể",
  ].map(canonical),
);

/**
 * Names that stand for several bodies ("các sở, ban, ngành liên quan") or for a kind of body with no
 * name of its own ("Viện", "Doanh nghiệp"): never created as one unit.
 */
export function namesManyBodies(planName: string): boolean {
  const name = planName.trim();
  return (
    /^(?:các|những|mọi|toàn thể)\s/iu.test(name) ||
    /liên quan\s*$/iu.test(name) ||
    KINDS_WITHOUT_NAME.has(canonical(name))
  );
}

/** A short code for a new unit from its name's initials ("Sở Y tế" → "syt"), unique among `taken`. */
export function newUnitCode(name: string, taken: ReadonlySet<string>): string {
  const initials = canonical(name)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0])
    .join("")
    .slice(0, 12);
  const base = initials || "dv";
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}${n}`;
  return code;
}
