import { handlers } from "@/lib/core/auth/auth";

export const { GET, POST } = handlers;
