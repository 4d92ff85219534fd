// The two working days the browser test walks: Phòng Kinh tế on a laptop (the office approves) and
// Phòng Văn hóa - Xã hội on a phone (a leader approves), both in this month's period, so neither
// walk meets the other's approved report. Between them every kind of line is filled: a number with
// its unit (%, with decimals such as 72,5; tỷ đồng; triệu đồng; cơ sở; trường), the share of an
// assigned figure, yes/no, events ("số vụ", 0 when "không để xảy ra"), the text of a qualitative
// line, the headline of a composite with its own target ((1)) and the parts of composites.
// `shownUnit` is how the report page writes the line's unit after the figure.

const percent = (toDate, estimate) => ({ kind: "NUMBER", unit: "%", shownUnit: "%", toDate, estimate });

export function workingDays(periodLabel) {
  return [
    {
      name: "laptop",
      viewport: { width: 1366, height: 768 },
      periodLabel,
      unit: "kt",
      unitName: "Phòng Kinh tế, Hạ tầng và Đô thị",
      staff: "kt.canbo",
      head: "kt.truongphong",
      approver: "vanphong",
      leader: "pct.kinhte",
      eventsUnit: "ca",
      eventsUnitName: "Công an phường",
      eventsHead: "ca.truong",
      eventsCode: "18",
      lines: {
        1: percent("10,6", "11,2"),
        1.1: percent("12,4", "12,8"),
        1.2: percent("10,1", "10,5"),
        1.3: percent("2,3", "2,5"),
        2: { kind: "NUMBER", unit: "% kế hoạch giao", shownUnit: "% kế hoạch giao", toDate: "95,5", estimate: "102" },
        3: { kind: "NUMBER", unit: "tỷ đồng", shownUnit: "tỷ đồng", toDate: "9,5", estimate: "14,5" },
        4: percent("72,5", "100"),
        5: { kind: "NUMBER", unit: "cơ sở", shownUnit: "cơ sở", toDate: "12", estimate: "21" },
        6: { kind: "NUMBER", unit: "triệu đồng", shownUnit: "triệu đồng", toDate: "80,2", estimate: "84,9" },
        7: percent("20", "50"),
        8: percent("99,5", "100"),
        9: percent("98", "100"),
      },
      returnReason: "Vốn đầu tư (3) chưa cập nhật số giải ngân cuối tháng, đề nghị bổ sung.",
      fix: ["3", { toDate: "9,8" }],
    },
    {
      name: "phone",
      viewport: { width: 390, height: 844 },
      periodLabel,
      unit: "vhxh",
      unitName: "Phòng Văn hóa - Xã hội",
      staff: "vhxh.canbo",
      head: "vhxh.truongphong",
      approver: "pct.vhxh",
      leader: "pct.vhxh",
      eventsUnit: "qs",
      eventsUnitName: "Ban Chỉ huy quân sự phường",
      eventsHead: "qs.chihuytruong",
      eventsCode: "18",
      lines: {
        6: { kind: "NUMBER", unit: "triệu đồng", shownUnit: "triệu đồng", toDate: "80,2", estimate: "84,9" },
        7: percent("20", "50"),
        10: percent("95,1", "96"),
        11: { kind: "NUMBER", unit: "trường", shownUnit: "trường", toDate: "1", estimate: "1" },
        12: { kind: "NUMBER", unit: "cơ sở", shownUnit: "cơ sở", toDate: "1", estimate: "1" },
        13: percent("52,3", "55"),
        14.1: percent("97,5", "98"),
        14.2: percent("100", "100"),
        14.3: { kind: "YES_NO", achieved: "Đạt", note: "Tổ chức 12 giải thể thao phong trào trong tháng." },
        14.4: { kind: "YES_NO", achieved: "Chưa đạt", note: "Còn 3 hộ chưa nhận trợ cấp do thiếu hồ sơ." },
        15.1: percent("99,2", "99,5"),
        15.2: percent("100", "100"),
        15.3: percent("100", "100"),
        15.4: percent("98,5", "99"),
      },
      returnReason: "Tỷ lệ tham gia bảo hiểm xã hội (13) chưa đúng số liệu của cơ quan bảo hiểm.",
      fix: ["13", { toDate: "53,1" }],
    },
  ];
}
