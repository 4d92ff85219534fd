// A leader as the console names one: the name, then the title in brackets unless the name already
// says it. Demo and office accounts are often named by their post ("Phó Chủ tịch UBND phường (Kinh
// tế)" with the title "Phó Chủ tịch UBND phường"), and the title must then not be repeated.
interface Leader {
  displayName: string;
  title?: string | null;
}

export function leaderName({ displayName, title }: Leader): string {
  const post = title?.trim();
  if (!post || displayName.toLocaleLowerCase("vi").includes(post.toLocaleLowerCase("vi"))) return displayName;
  return `${displayName} (${post})`;
}
