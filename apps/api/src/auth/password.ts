// Password hashing with argon2id; verification costs the same for unknown users, so timing
// does not reveal which usernames exist.
import { hash, verify } from "@node-rs/argon2";

const DUMMY_HASH = hash("kehoach-dummy-password-for-timing");

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await DUMMY_HASH, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
