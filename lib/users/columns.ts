import { users } from "@/db/schema";

export type UserContact = { id: string; firstName: string; lastName: string; email: string; jobTitle: string | null; phone: string | null };

/** Who a person is and how to reach them: the columns every list and form of accounts shows. */
export const USER_CONTACT_COLUMNS = {
  id: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  email: users.email,
  jobTitle: users.jobTitle,
  phone: users.phone,
};
