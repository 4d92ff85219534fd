// The compiled ward report of a month (báo cáo tháng của UBND phường): its title, as the office
// writes it for the committee's monthly meeting.

const mm = (month: number) => String(month).padStart(2, "0");

/** "Báo cáo tình hình thực hiện nhiệm vụ … tháng 11 năm 2026 và phương hướng, nhiệm vụ trọng tâm tháng 12 năm 2026". */
export function wardReportTitle(month: number, year: number): string {
  const next = month === 12 ? { month: 1, year: year + 1 } : { month: month + 1, year };
  return (
    `Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh tháng ${mm(month)} năm ${year}` +
    ` và phương hướng, nhiệm vụ trọng tâm tháng ${mm(next.month)} năm ${next.year}`
  );
}
